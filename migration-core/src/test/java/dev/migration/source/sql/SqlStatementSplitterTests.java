package dev.migration.source.sql;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Tricky cases of statement splitting, per database flavour. Each expected statement is written
 * as {@code line: text}.
 */
class SqlStatementSplitterTests {

	static Stream<Arguments> cases() {
		return Stream.of(
				// PostgreSQL
				arguments("function body with ; inside $body$", SqlFlavour.POSTGRESQL, """
						CREATE FUNCTION f() RETURNS trigger AS $body$
						BEGIN
						  NEW.x := 'a;b';
						  RETURN NEW;
						END;
						$body$ LANGUAGE plpgsql;
						SELECT 1;
						""", List.of("""
						1: CREATE FUNCTION f() RETURNS trigger AS $body$
						BEGIN
						  NEW.x := 'a;b';
						  RETURN NEW;
						END;
						$body$ LANGUAGE plpgsql""", "7: SELECT 1")),
				arguments("$$ body holding another tag and quotes", SqlFlavour.POSTGRESQL,
						"DO $$ BEGIN PERFORM '$x$;'; RAISE NOTICE 'it''s'; END $$; SELECT 2",
						List.of("1: DO $$ BEGIN PERFORM '$x$;'; RAISE NOTICE 'it''s'; END $$", "1: SELECT 2")),
				arguments("tagged body holding $$ and a different tag", SqlFlavour.POSTGRESQL,
						"SELECT $a$ $$ ; $b$ ; $a$; SELECT 2;", List.of("1: SELECT $a$ $$ ; $b$ ; $a$", "1: SELECT 2")),
				arguments("tags are case-sensitive", SqlFlavour.POSTGRESQL, "SELECT $T$ ; $t$ ; $T$; SELECT 2",
						List.of("1: SELECT $T$ ; $t$ ; $T$", "1: SELECT 2")),
				arguments("$1 is a parameter, not a dollar quote", SqlFlavour.POSTGRESQL,
						"PREPARE p(int) AS SELECT $1; EXECUTE p(1);", List.of("1: PREPARE p(int) AS SELECT $1", "1: EXECUTE p(1)")),
				arguments("$ inside an identifier opens no dollar quote", SqlFlavour.POSTGRESQL,
						"SELECT a$b$c FROM x$$y; SELECT 2;", List.of("1: SELECT a$b$c FROM x$$y", "1: SELECT 2")),
				arguments("E'' strings take backslash escapes", SqlFlavour.POSTGRESQL,
						"INSERT INTO t VALUES (E'it\\'s; fine', e'\\\\'); SELECT 1;",
						List.of("1: INSERT INTO t VALUES (E'it\\'s; fine', e'\\\\')", "1: SELECT 1")),
				arguments("plain strings take no backslash escapes", SqlFlavour.POSTGRESQL, "SELECT 'C:\\'; SELECT 2;",
						List.of("1: SELECT 'C:\\'", "1: SELECT 2")),
				arguments("an identifier ending in E is no E'' prefix", SqlFlavour.POSTGRESQL,
						"SELECT typE'a\\'; SELECT 2;", List.of("1: SELECT typE'a\\'", "1: SELECT 2")),
				arguments("nested block comments", SqlFlavour.POSTGRESQL,
						"/* outer /* inner; */ still comment; */ SELECT 1; SELECT 2",
						List.of("1: SELECT 1", "1: SELECT 2")),
				arguments("# is an operator", SqlFlavour.POSTGRESQL, "SELECT 1 # 2; SELECT 3",
						List.of("1: SELECT 1 # 2", "1: SELECT 3")),
				arguments("SQL-standard function body (BEGIN ATOMIC), as psql splits it", SqlFlavour.POSTGRESQL, """
						CREATE OR REPLACE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql
						BEGIN ATOMIC
						  SELECT a + b;
						  SELECT CASE WHEN a > 0 THEN 1 ELSE 0 END;
						END;
						SELECT 1;
						""", List.of("""
						1: CREATE OR REPLACE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql
						BEGIN ATOMIC
						  SELECT a + b;
						  SELECT CASE WHEN a > 0 THEN 1 ELSE 0 END;
						END""", "6: SELECT 1")),
				arguments("BEGIN outside a routine is a statement", SqlFlavour.POSTGRESQL, "BEGIN; SELECT 1; END;",
						List.of("1: BEGIN", "1: SELECT 1", "1: END")),
				arguments("a rule with several actions in parentheses", SqlFlavour.POSTGRESQL,
						"CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2)); SELECT 1;",
						List.of("1: CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2))",
								"1: SELECT 1")),

				// MySQL and MariaDB
				arguments("# comments", SqlFlavour.MYSQL, "SELECT 1; # note; still a comment\nSELECT 2;",
						List.of("1: SELECT 1", "2: SELECT 2")),
				arguments("an empty # comment ends at its line", SqlFlavour.MYSQL, "SELECT 1 #\n;SELECT 2",
						List.of("1: SELECT 1", "2: SELECT 2")),
				arguments("backtick identifiers with doubled backticks", SqlFlavour.MYSQL,
						"CREATE TABLE `a;b` (`c``;` INT); SELECT 1;", List.of("1: CREATE TABLE `a;b` (`c``;` INT)", "1: SELECT 1")),
				arguments("backslash escapes in single-quoted strings", SqlFlavour.MYSQL,
						"INSERT INTO t VALUES ('it\\'s; ok', 'a\\\\'); SELECT 2;",
						List.of("1: INSERT INTO t VALUES ('it\\'s; ok', 'a\\\\')", "1: SELECT 2")),
				arguments("double-quoted strings with backslash escapes", SqlFlavour.MYSQL,
						"SELECT \"say \\\"hi;\\\"\", \"x\"\";\"; SELECT 2;",
						List.of("1: SELECT \"say \\\"hi;\\\"\", \"x\"\";\"", "1: SELECT 2")),
				arguments("block comments do not nest", SqlFlavour.MYSQL, "/* a /* b */ SELECT 1; SELECT 2 */;",
						List.of("1: SELECT 1", "1: SELECT 2 */")),
				arguments("-- needs a space after it", SqlFlavour.MYSQL, "SELECT 5--1;\nSELECT 2; -- done;\n",
						List.of("1: SELECT 5--1", "2: SELECT 2")),
				arguments("executable comments are statement text", SqlFlavour.MYSQL,
						"/*!40101 SET NAMES utf8mb4 */;\n/*M!100100 SET x = 1 */;\nSELECT 1;",
						List.of("1: /*!40101 SET NAMES utf8mb4 */", "2: /*M!100100 SET x = 1 */", "3: SELECT 1")),
				arguments("$$ means nothing", SqlFlavour.MYSQL, "SELECT '$$'; SELECT 2;", List.of("1: SELECT '$$'", "1: SELECT 2")),
				arguments("DELIMITER lines change what ends a statement", SqlFlavour.MYSQL, """
						SELECT 1;
						DELIMITER //
						CREATE TRIGGER t BEFORE INSERT ON s FOR EACH ROW
						BEGIN
						  SET NEW.a = 'x;y';
						  SET NEW.b = 2;
						END//
						delimiter ;
						SELECT 2;
						""", List.of("1: SELECT 1", """
						3: CREATE TRIGGER t BEFORE INSERT ON s FOR EACH ROW
						BEGIN
						  SET NEW.a = 'x;y';
						  SET NEW.b = 2;
						END""", "9: SELECT 2")),
				arguments("a delimiter inside a string or a comment ends nothing", SqlFlavour.MYSQL,
						"DELIMITER $$\nSELECT '$$'; -- $$\nSELECT 2 $$\nDELIMITER ;\nSELECT 3",
						List.of("2: SELECT '$$'; -- $$\nSELECT 2", "5: SELECT 3")),
				arguments("DELIMITER is a command only alone at the start of a statement's line", SqlFlavour.MYSQL,
						"SELECT 1 AS delimiter ;\nSELECT 2\nDELIMITER //\n;",
						List.of("1: SELECT 1 AS delimiter", "2: SELECT 2\nDELIMITER //")),
				arguments("DELIMITER means nothing on PostgreSQL", SqlFlavour.POSTGRESQL, "DELIMITER //\nSELECT 1;",
						List.of("1: DELIMITER //\nSELECT 1")),

				// H2
				arguments("$$ Java function body", SqlFlavour.H2, """
						CREATE ALIAS next_prime AS $$
						String nextPrime(String value) { return "x;"; }
						$$;
						CALL next_prime('1');
						""", List.of("""
						1: CREATE ALIAS next_prime AS $$
						String nextPrime(String value) { return "x;"; }
						$$""", "4: CALL next_prime('1')")),
				arguments("// line comments", SqlFlavour.H2, "SELECT 1; // trailing; comment\nSELECT 2",
						List.of("1: SELECT 1", "2: SELECT 2")),
				arguments("backtick identifiers", SqlFlavour.H2, "SELECT `a;b` FROM t; SELECT 2",
						List.of("1: SELECT `a;b` FROM t", "1: SELECT 2")),
				arguments("nested block comments", SqlFlavour.H2, "/* a /* ; */ b; */ SELECT 1",
						List.of("1: SELECT 1")),
				arguments("no tagged dollar quotes", SqlFlavour.H2, "SELECT $a$; SELECT 2 $a$",
						List.of("1: SELECT $a$", "1: SELECT 2 $a$")),

				// Anything else
				arguments("no dollar quotes", SqlFlavour.ANSI, "SELECT $$; SELECT 2 $$;",
						List.of("1: SELECT $$", "1: SELECT 2 $$")),
				arguments("no # comments", SqlFlavour.ANSI, "SELECT 1 # 2; SELECT 3",
						List.of("1: SELECT 1 # 2", "1: SELECT 3")),
				arguments("backticks are no quotes", SqlFlavour.ANSI, "SELECT `a;b`",
						List.of("1: SELECT `a", "1: b`")));
	}

	static Stream<Arguments> everyFlavour() {
		return Stream.of(
				arguments("doubled quote in a string", "INSERT INTO t VALUES ('it''s; here'); SELECT 2",
						List.of("1: INSERT INTO t VALUES ('it''s; here')", "1: SELECT 2")),
				arguments("semicolons in identifiers", "CREATE TABLE \"a;\"\"b\" (x int); SELECT 1",
						List.of("1: CREATE TABLE \"a;\"\"b\" (x int)", "1: SELECT 1")),
				arguments("semicolons and comment starts in strings", "SELECT '--;', '/*;'; SELECT 2",
						List.of("1: SELECT '--;', '/*;'", "1: SELECT 2")),
				arguments("semicolons in comments", "SELECT 1 /* ; */ + 1 /* ; */ ; -- ; \nSELECT 2",
						List.of("1: SELECT 1 /* ; */ + 1", "2: SELECT 2")),
				arguments("comments above a statement do not move its line", """
						-- first
						-- second
						SELECT 1;

						/* a block
						   comment */
						SELECT
						  2;
						""", List.of("3: SELECT 1", "7: SELECT\n  2")),
				arguments("a comment inside a statement is kept", "SELECT 1, -- the first\n  2;",
						List.of("1: SELECT 1, -- the first\n  2")),
				arguments("a comment between a statement and its ; is not", "SELECT 1 -- one\n;\nSELECT 2 /* two */;",
						List.of("1: SELECT 1", "3: SELECT 2")),
				arguments("hints are statement text", "/*+ SeqScan(t) */ SELECT * FROM t;",
						List.of("1: /*+ SeqScan(t) */ SELECT * FROM t")),
				arguments("only comments: no statement", "-- nothing\n/* here; */\n", List.of()),
				arguments("empty statements are dropped", ";; SELECT 1;;\n;", List.of("1: SELECT 1")),
				arguments("a final statement without ;", "SELECT 1;\nSELECT 2", List.of("1: SELECT 1", "2: SELECT 2")),
				arguments("a string over several lines", "SELECT 'a\n;b';\nSELECT 3", List.of("1: SELECT 'a\n;b'", "3: SELECT 3")),
				arguments("CRLF and CR line ends", "SELECT 1;\r\n\r\nSELECT 2;\rSELECT 3",
						List.of("1: SELECT 1", "3: SELECT 2", "4: SELECT 3")));
	}

	@ParameterizedTest(name = "{1}: {0}")
	@MethodSource("cases")
	void splitsLikeTheDatabase(String description, SqlFlavour flavour, String sql, List<String> expected) {
		SqlSplit split = SqlStatementSplitter.split(sql, flavour);
		assertThat(render(split)).as(description).containsExactlyElementsOf(expected);
		assertThat(split.unclosed()).isNull();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyFlavour")
	void splitsTheSameInEveryFlavour(String description, String sql, List<String> expected) {
		for (SqlFlavour flavour : SqlFlavour.values()) {
			SqlSplit split = SqlStatementSplitter.split(sql, flavour);
			assertThat(render(split)).as(flavour + ": " + description).containsExactlyElementsOf(expected);
			assertThat(split.unclosed()).isNull();
		}
	}

	@Test
	void reportsOffsetsAndSeparators() {
		String sql = "  SELECT 1 ; -- x\n;SELECT 2";
		SqlSplit split = SqlStatementSplitter.split(sql, SqlFlavour.POSTGRESQL);
		assertThat(split.statements()).containsExactly(new SqlStatement("SELECT 1", 1, 2, 10),
				new SqlStatement("SELECT 2", 2, 19, 27));
		assertThat(split.separators()).containsExactly(11, 18);
	}

	@Test
	void anUnterminatedStringIsReportedWhereItStarts() {
		SqlSplit split = SqlStatementSplitter.split("SELECT 1;\nSELECT 'abc;\nSELECT 2;", SqlFlavour.POSTGRESQL);
		assertThat(split.unclosed()).isEqualTo(new SqlSplit.Unclosed("string literal", "'", 17, 2, 8));
		assertThat(render(split)).containsExactly("1: SELECT 1", "2: SELECT 'abc;\nSELECT 2;");
	}

	@Test
	void aBackslashBeforeTheClosingQuoteLeavesAMySqlStringOpen() {
		SqlSplit split = SqlStatementSplitter.split("SELECT 'C:\\'; SELECT 2;", SqlFlavour.MYSQL);
		assertThat(split.unclosed()).extracting(SqlSplit.Unclosed::construct, SqlSplit.Unclosed::column)
			.containsExactly("string literal", 8);
	}

	@Test
	void anUnterminatedCommentSwallowsTheRestAndIsReported() {
		SqlSplit split = SqlStatementSplitter.split("SELECT 1;\n/* a /* b */\nDROP TABLE t;", SqlFlavour.POSTGRESQL);
		assertThat(render(split)).containsExactly("1: SELECT 1");
		assertThat(split.unclosed()).isEqualTo(new SqlSplit.Unclosed("block comment", "*/", 10, 2, 1));
	}

	@Test
	void anUnterminatedDollarQuoteNamesItsTag() {
		SqlSplit split = SqlStatementSplitter.split("DO $fn$ BEGIN NULL; END $$;", SqlFlavour.POSTGRESQL);
		assertThat(split.unclosed()).extracting(SqlSplit.Unclosed::construct, SqlSplit.Unclosed::closing)
			.containsExactly("dollar-quoted string $fn$", "$fn$");
	}

	@Test
	void anUnclosedParenthesisOnPostgresqlIsReported() {
		SqlSplit split = SqlStatementSplitter.split("SELECT 1;\nSELECT (1; SELECT 2;", SqlFlavour.POSTGRESQL);
		assertThat(split.unclosed()).isEqualTo(new SqlSplit.Unclosed("parenthesis", ")", 17, 2, 8));
	}

	@Test
	void flavoursFollowTheDatabaseKind() {
		assertThat(SqlFlavour.forDatabaseKind("postgresql")).isEqualTo(SqlFlavour.POSTGRESQL);
		assertThat(SqlFlavour.forDatabaseKind("MariaDB")).isEqualTo(SqlFlavour.MYSQL);
		assertThat(SqlFlavour.forDatabaseKind("mysql")).isEqualTo(SqlFlavour.MYSQL);
		assertThat(SqlFlavour.forDatabaseKind("h2")).isEqualTo(SqlFlavour.H2);
		assertThat(SqlFlavour.forDatabaseKind("oracle")).isEqualTo(SqlFlavour.ANSI);
	}

	private static List<String> render(SqlSplit split) {
		return split.statements().stream().map((statement) -> statement.line() + ": " + statement.sql()).toList();
	}

}
