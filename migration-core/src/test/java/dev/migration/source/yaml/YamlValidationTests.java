package dev.migration.source.yaml;

import org.junit.jupiter.api.Test;

import static dev.migration.source.yaml.YamlFiles.problems;
import static dev.migration.source.yaml.YamlFiles.upgradeProblems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What users see when a YAML revision is wrong: every problem of the file at once, each at its
 * file:line:column, saying what to do.
 */
class YamlValidationTests {

	private static final String FILE = YamlFiles.LOCATION;

	@Test
	void malformedYamlIsReportedAtItsMark() {
		assertThat(problems("revision: r\n  down_revision: none\n")).containsExactly(FILE
				+ ":2:16: malformed YAML: mapping values are not allowed here; check the indentation of this line, "
				+ "and quote values that contain ': '");
		assertThat(upgradeProblems("  - add_column: {table_name: x\n")).containsExactly(FILE
				+ ":5:1: malformed YAML: expected ',' or '}', but got <stream end> (while parsing a flow mapping at "
				+ "line 4, column 17)");
		assertThat(problems("revision: r\ndown_revision: none\nupgrade:\n\t- add_column: {}\n")).containsExactly(FILE
				+ ":4:1: malformed YAML: found character '\\t(TAB)' that cannot start any token. "
				+ "(Do not use \\t(TAB) for indentation) (while scanning for the next token)");
		assertThat(problems("revision: r\ndown_revision: none\nupgrade: []\n---\nrevision: s\n")).containsExactly(FILE
				+ ":4:1: malformed YAML: but found another document (expected a single document in the stream at "
				+ "line 1, column 1)");
	}

	@Test
	void theMessageListsEveryProblemOfTheFile() {
		assertThatExceptionOfType(dev.migration.revision.InvalidRevisionsException.class)
			.isThrownBy(() -> YamlFiles.parse("revision: a-b\ndown_revision: none\nupgrade:\n  - add_colum: {}\n"))
			.withMessage("2 problems in the revisions:\n"
					+ "  - " + FILE + ":1:11: 'a-b' is not a valid revision id: use letters, digits and _ only\n"
					+ "  - " + FILE + ":4:5: unknown operation 'add_colum'; did you mean 'add_column'?");
	}

	@Test
	void anEmptyFileOrOneThatIsNotAMap() {
		assertThat(problems("")).containsExactly(FILE
				+ ": the file is empty; a YAML revision has at least 'revision:', 'down_revision:' and 'upgrade:'");
		assertThat(problems("- a\n")).containsExactly(FILE + ":1:1: a YAML revision is a map with 'revision:', "
				+ "'down_revision:' and 'upgrade:' at the top level; found a list");
	}

	@Test
	void missingHeaderKeys() {
		assertThat(problems("message: hi\n")).containsExactly(
				FILE + ": missing 'revision:': a revision file names its id, as in 'revision: add_claude_session_id'",
				FILE + ": missing 'down_revision:': write the id of the revision this one follows, or "
						+ "'down_revision: none' for a first revision",
				FILE + ": missing 'upgrade:': list the revision's operations under it (or write 'upgrade: []' for a "
						+ "revision that does nothing, such as a merge)");
	}

	@Test
	void badHeaderValues() {
		assertThat(problems("""
				revision: a-b
				down_revision: [x, 'y z', x]
				branch_labels: l@1
				depends_on: {a: 1}
				upgarde: []
				transactional: maybe
				upgrade: []
				revision: again
				""")).containsExactly(
				FILE + ":1:11: 'a-b' is not a valid revision id: use letters, digits and _ only",
				FILE + ":2:20: 'y z' in 'down_revision' is not a valid revision id: use letters, digits and _ only",
				FILE + ":2:27: 'down_revision' names 'x' twice",
				FILE + ":3:16: 'l@1' in 'branch_labels' is not a valid branch label: use letters, digits and _ only",
				FILE + ":4:13: 'depends_on' must be an id or a list of ids; found a map",
				FILE + ":5:1: unknown key 'upgarde' of the revision file; did you mean 'upgrade'?",
				FILE + ":6:16: 'transactional' of the revision file must be true or false; found 'maybe'",
				FILE + ":8:1: 'revision' is given twice in the revision file (first at line 1); remove one");
	}

	@Test
	void unknownOperationsSuggestTheNearestName() {
		assertThat(upgradeProblems("""
				  - add_colum: {}
				  - Add_Column: {}
				  - create_tabel: {}
				  - frobnicate: {}
				""")).containsExactly(
				FILE + ":4:5: unknown operation 'add_colum'; did you mean 'add_column'?",
				FILE + ":5:5: unknown operation 'Add_Column'; did you mean 'add_column'?",
				FILE + ":6:5: unknown operation 'create_tabel'; did you mean 'create_table'?",
				FILE + ":7:5: unknown operation 'frobnicate'; expected one of add_column, drop_column, alter_column, "
						+ "create_table, drop_table, rename_table, create_index, drop_index, create_foreign_key, "
						+ "create_unique_constraint, create_check_constraint, create_primary_key, drop_constraint, "
						+ "execute, bulk_insert");
	}

	@Test
	void unknownParametersSuggestTheNearestName() {
		assertThat(upgradeProblems("""
				  - add_column:
				      tabel_name: sessions
				      column: {name: a, typ: integer, nullabel: true}
				  - drop_constraint: {constraint_name: c, table_name: t, type_: foreignkey}
				  - execute: {sqltext: SELECT 1}
				  - create_index: {index_name: i, table_name: t, columns: [a], frobnicate: 1}
				""")).containsExactly(
				FILE + ":4:5: missing parameter 'table_name' of add_column",
				FILE + ":5:7: unknown parameter 'tabel_name' of add_column; did you mean 'table_name'?",
				FILE + ":6:15: missing key 'type' of column 'a' of add_column",
				FILE + ":6:25: unknown key 'typ' of column 'a' of add_column; did you mean 'type'?",
				FILE + ":6:39: unknown key 'nullabel' of column 'a' of add_column; did you mean 'nullable'?",
				FILE + ":7:58: unknown parameter 'type_' of drop_constraint; did you mean 'type'?",
				FILE + ":8:5: missing parameter 'sql' of execute",
				FILE + ":8:15: unknown parameter 'sqltext' of execute; did you mean 'sql'?",
				FILE + ":9:64: unknown parameter 'frobnicate' of create_index; expected one of index_name, "
						+ "table_name, columns, unique, schema, postgresql_concurrently, postgresql_where, "
						+ "if_not_exists");
	}

	@Test
	void databaseOptionsAreAcceptedWhereAlembicTakesThemAndTyposAreNot() {
		assertThat(upgradeProblems("""
				  - create_index: {index_name: i, table_name: t, columns: [a], postgres_concurrently: true}
				  - rename_table: {old_table_name: a, new_table_name: b, mysql_x: 1}
				  - create_index: {index_name: i, table_name: t, columns: [a], mysql_length: null}
				""")).containsExactly(
				FILE + ":4:64: unknown parameter 'postgres_concurrently' of create_index; "
						+ "did you mean 'postgresql_concurrently'?",
				FILE + ":5:58: rename_table takes no database options; remove 'mysql_x'",
				FILE + ":6:78: 'mysql_length' of create_index needs a value");
	}

	@Test
	void missingRequiredParameters() {
		assertThat(upgradeProblems("""
				  - create_index:
				      index_name: ix
				  - create_foreign_key: {source_table: a, referent_table: b, local_cols: [x], remote_cols: [id]}
				  - rename_table:
				  - add_column: {table_name: null, column: {name: a, type: text}}
				""")).containsExactly(
				FILE + ":4:5: missing parameter 'table_name' of create_index",
				FILE + ":4:5: missing parameter 'columns' of create_index",
				FILE + ":6:5: missing parameter 'constraint_name' of create_foreign_key "
						+ "(write 'constraint_name: null' to let the database name it)",
				FILE + ":7:5: missing parameter 'old_table_name' of rename_table",
				FILE + ":7:5: missing parameter 'new_table_name' of rename_table",
				FILE + ":8:30: 'table_name' of add_column needs a value");
	}

	@Test
	void wrongValueTypes() {
		assertThat(upgradeProblems("""
				  - create_index: {index_name: i, table_name: t, columns: session_id, unique: maybe}
				  - create_table: {table_name: t, columns: [a]}
				  - create_table: {table_name: [t], columns: {name: a}}
				  - execute: {sql: [a]}
				  - create_foreign_key:
				      constraint_name: fk
				      source_table: a
				      referent_table: b
				      local_cols: [x, {y: 1}]
				      remote_cols: [id]
				      ondelete: CASCADES
				  - drop_constraint: {constraint_name: c, table_name: t, type: fk}
				  - bulk_insert: {table_name: t, rows: [{id: [1]}, a]}
				  - alter_column: {table_name: t, column_name: c, nullable: 'no way', server_default: {a: 1}}
				""")).containsExactly(
				FILE + ":4:59: 'columns' of create_index must be a list; write [session_id]",
				FILE + ":4:79: 'unique' of create_index must be true or false; found 'maybe'",
				FILE + ":5:45: each item of 'columns' of create_table must be a map, such as "
						+ "[{name: id, type: string(36)}]; found 'a'",
				FILE + ":6:32: 'table_name' of create_table must be a single value; found a list",
				FILE + ":6:46: 'columns' of create_table must be a list, such as [{name: id, type: string(36)}]; "
						+ "found a map",
				FILE + ":7:20: 'sql' of execute must be a single value; found a list",
				FILE + ":12:23: each item of 'local_cols' of create_foreign_key must be a name; found a map",
				FILE + ":14:17: 'ondelete' of create_foreign_key must be one of CASCADE, SET NULL, SET DEFAULT, "
						+ "RESTRICT, NO ACTION; found 'CASCADES'",
				FILE + ":15:64: 'type' of drop_constraint must be one of foreignkey, unique, check, primary; "
						+ "found 'fk'",
				FILE + ":16:46: the value of 'id' in a row of bulk_insert must be a single value; found a list",
				FILE + ":16:52: each item of 'rows' of bulk_insert must be a map, such as [{id: 1, name: admin}]; "
						+ "found 'a'",
				FILE + ":17:61: 'nullable' of alter_column must be true or false; found 'no way'",
				FILE + ":17:87: 'server_default' of alter_column must be a single value; found a map");
	}

	@Test
	void badColumnTypes() {
		assertThat(upgradeProblems("""
				  - create_table:
				      table_name: t
				      columns:
				        - {name: a, type: string(abc)}
				        - {name: b, type: integer(11)}
				        - {name: c, type: ''}
				  - alter_column:
				      table_name: t
				      column_name: a
				      type: numeric(2, 5)
				  - alter_column: {table_name: t, column_name: a, type: numeric(10, 2)}
				""")).containsExactly(
				FILE + ":7:27: invalid column type 'string(abc)': the length must be a whole number, as in string(100)",
				FILE + ":8:27: invalid column type 'integer(11)': integer takes no arguments; write 'integer'",
				FILE + ":9:27: the column type is empty; write one such as string(100) or integer",
				FILE + ":13:13: invalid column type 'numeric(2, 5)': the scale of numeric(2, 5) is larger than its "
						+ "precision",
				FILE + ":14:57: invalid column type 'numeric(10': missing ')'; inside {...} in YAML, quote a type "
						+ "that contains a comma, as in 'numeric(10, 2)'",
				FILE + ":14:69: unknown parameter '2)' of alter_column; expected one of table_name, column_name, "
						+ "nullable, server_default, new_column_name, type, comment, existing_type, existing_nullable, "
						+ "existing_server_default, existing_comment, schema");
	}

	@Test
	void operationsOfTheWrongShape() {
		assertThat(upgradeProblems("""
				  - add_column:
				    table_name: x
				  - add_column
				  - add_column: a
				  - {}
				""")).containsExactly(
				FILE + ":4:5: an operation is a map with one key, its name, as in '- add_column: {table_name: ..., "
						+ "column: ...}'; found 2 keys (add_column, table_name): indent the parameters under the "
						+ "operation's name, or start each operation with '-'",
				FILE + ":6:5: an operation is a map with one key, its name, as in '- add_column: {table_name: ..., "
						+ "column: ...}'; found 'add_column'",
				FILE + ":7:17: the parameters of add_column must be a map, indented under 'add_column:'; found 'a'",
				FILE + ":8:5: an operation is a map with one key, its name, as in '- add_column: {table_name: ..., "
						+ "column: ...}'; found an empty map");
		assertThat(problems("revision: r\ndown_revision: none\nupgrade: {add_column: {}}\n")).containsExactly(FILE
				+ ":3:10: 'upgrade:' must be a list of operations, each starting with '-', as in "
				+ "'- add_column: {...}'; found a map");
	}

	@Test
	void whatTheRecordsRejectIsReportedAtTheOperation() {
		assertThat(upgradeProblems("""
				  - alter_column: {table_name: t, column_name: c, existing_type: text}
				  - create_foreign_key:
				      constraint_name: fk
				      source_table: a
				      referent_table: b
				      local_cols: [x, y]
				      remote_cols: [id]
				  - create_table:
				      table_name: t
				      columns:
				        - {name: a, type: text}
				        - {name: a, type: text}
				  - drop_column: {table_name: t, column_name: a, column: {name: b, type: text}}
				  - create_index: {index_name: i, table_name: t, columns: []}
				""")).containsExactly(
				FILE + ":4:5: alter_column of 't.c' changes nothing; give at least one of nullable, server_default, "
						+ "new_column_name, type, comment",
				FILE + ":5:5: create_foreign_key has 2 'local_cols' but 1 'remote_cols'; each local column refers "
						+ "to one remote column",
				FILE + ":11:5: 'columns' of create_table names 'a' twice",
				FILE + ":16:5: the 'column' of drop_column is named 'b', but 'column_name' is 'a'",
				FILE + ":17:5: 'columns' of create_index must name at least one column");
	}

}
