package dev.migration.lint;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.migration.operation.ColumnType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading what SQL statements change: the syntax of PostgreSQL, MariaDB and H2, and text that
 * only looks like a change.
 */
class SqlChangesTests {

	private static List<Change> of(String sql) {
		return SqlChanges.of(sql, 3);
	}

	@Test
	void createTableReadsColumnsAndTheirTypes() {
		assertThat(of("""
				create table if not exists "Audit"."Sessions" (
				  id varchar(36) primary key,
				  amount numeric (10, 2) not null default 0,
				  at timestamp with time zone,
				  label character varying(20) check (label <> ''),
				  constraint uq unique (label), foreign key (id) references other (id)
				)""")).containsExactly(new Change.CreateTable("sessions",
				Map.of("id", ColumnType.string(36), "amount", ColumnType.numeric(10, 2), "at",
						ColumnType.parse("timestamp with time zone"), "label", ColumnType.string(20)),
				3));
	}

	@Test
	void addColumnReadsNotNullDefaultAndGenerated() {
		assertThat(of("ALTER TABLE public.sessions ADD COLUMN IF NOT EXISTS owner varchar(100) NOT NULL, "
				+ "ADD flag boolean DEFAULT false NOT NULL, ADD COLUMN id bigserial, "
				+ "ADD note text DEFAULT 'NOT NULL' CHECK (note IS NOT NULL), ADD CONSTRAINT c CHECK (id > 0), "
				+ "ADD UNIQUE(owner), ADD INDEX ix (owner)")).containsExactly(
						new Change.AddColumn("sessions", "owner", ColumnType.string(100), true, false, false, 3),
						new Change.AddColumn("sessions", "flag", ColumnType.of(ColumnType.Kind.BOOLEAN), true, true,
								false, 3),
						new Change.AddColumn("sessions", "id", ColumnType.of(ColumnType.Kind.BIGINT), false, false, true,
								3),
						new Change.AddColumn("sessions", "note", ColumnType.of(ColumnType.Kind.TEXT), false, true, false,
								3));
	}

	@Test
	void mariaDbAddsSeveralColumnsInParenthesesAndAutoIncrement() {
		assertThat(of("ALTER TABLE `sessions` ADD (`a` INT(11) NOT NULL AUTO_INCREMENT, b VARCHAR(10) NOT NULL "
				+ "AFTER a)")).containsExactly(
						new Change.AddColumn("sessions", "a", ColumnType.of(ColumnType.Kind.INTEGER), true, false, true, 3),
						new Change.AddColumn("sessions", "b", ColumnType.string(10), true, false, false, 3));
	}

	@Test
	void commentsAndStringsAreNotRead() {
		assertThat(of("-- DROP TABLE sessions\n/* DROP TABLE x; /* nested */ */ SELECT 'DROP TABLE y'")).isEmpty();
		assertThat(of("INSERT INTO t VALUES ('ALTER TABLE t DROP COLUMN c')")).isEmpty();
		assertThat(of("DO $body$ BEGIN EXECUTE 'DROP TABLE z'; END $body$")).isEmpty();
	}

	@Test
	void dropsOfTablesAndColumnsButNotOfConstraintsOrIndexes() {
		assertThat(of("DROP TABLE IF EXISTS a, public.b CASCADE")).containsExactly(new Change.DropTable("a", 3),
				new Change.DropTable("b", 3));
		assertThat(of("ALTER TABLE t DROP COLUMN IF EXISTS c CASCADE, DROP d, DROP CONSTRAINT k, DROP INDEX i, "
				+ "DROP PRIMARY KEY, DROP FOREIGN KEY f, ALTER COLUMN e DROP DEFAULT")).containsExactly(
						new Change.DropColumn("t", "c", 3), new Change.DropColumn("t", "d", 3));
	}

	@Test
	void typeChangesOfEachDatabase() {
		assertThat(of("ALTER TABLE t ALTER COLUMN a TYPE numeric(12,2) USING a::numeric, ALTER b SET DATA TYPE text"))
			.containsExactly(new Change.ChangeType("t", "a", ColumnType.numeric(12, 2), null, 3),
					new Change.ChangeType("t", "b", ColumnType.of(ColumnType.Kind.TEXT), null, 3));
		assertThat(of("ALTER TABLE t MODIFY COLUMN a VARCHAR(50) NOT NULL, CHANGE b c BIGINT(20)")).containsExactly(
				new Change.ChangeType("t", "a", ColumnType.string(50), null, 3), new Change.SetNotNull("t", "a", 3),
				new Change.ChangeType("t", "b", ColumnType.of(ColumnType.Kind.BIGINT), null, 3),
				new Change.RenameColumn("t", "b", "c", 3));
	}

	@Test
	void setNotNullRenamesIndexesAndUpdates() {
		assertThat(of("ALTER TABLE t ALTER COLUMN a SET NOT NULL, RENAME COLUMN b TO c"))
			.containsExactly(new Change.SetNotNull("t", "a", 3), new Change.RenameColumn("t", "b", "c", 3));
		assertThat(of("ALTER TABLE t RENAME TO u")).containsExactly(new Change.RenameTable("t", "u", 3));
		assertThat(of("RENAME TABLE a TO b, c TO d")).containsExactly(new Change.RenameTable("a", "b", 3),
				new Change.RenameTable("c", "d", 3));
		assertThat(of("create unique index concurrently if not exists ix on only s.t using gin (a)"))
			.containsExactly(new Change.CreateIndex("ix", "t", true, 3));
		assertThat(of("CREATE INDEX ON t (a)")).containsExactly(new Change.CreateIndex("", "t", false, 3));
		assertThat(of("UPDATE sessions AS s SET new_status = CASE WHEN s.a = 1 THEN 'x' END, (b, c) = (1, 2) "
				+ "WHERE s.x IN (SELECT 1 FROM y WHERE z = 1)"))
			.containsExactly(new Change.UpdateRows("sessions", List.of("new_status", "b", "c"), 3));
	}

	@Test
	void otherStatementsChangeNothingTheRulesLookAt() {
		assertThat(of("CREATE VIEW v AS SELECT 1")).isEmpty();
		assertThat(of("COMMENT ON TABLE t IS 'DROP TABLE t'")).isEmpty();
		assertThat(of("ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES u (id)")).isEmpty();
	}

}
