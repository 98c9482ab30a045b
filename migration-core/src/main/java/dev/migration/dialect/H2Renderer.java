package dev.migration.dialect;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.migration.operation.CreatePrimaryKey;

/**
 * H2's spelling of the operations, in standard SQL: {@code ALTER COLUMN ... SET DATA TYPE},
 * {@code COMMENT ON}, {@code DROP INDEX "schema"."ix"}. H2 has no options of its own here; the
 * options of PostgreSQL ({@code postgresql_concurrently}, {@code postgresql_where}, ...) are
 * ignored, as Alembic ignores other databases' options.
 * <p>
 * <strong>Names.</strong> H2 folds unquoted identifiers to upper case, where PostgreSQL folds
 * them to lower case. A plain lower-case name ({@code sessions}, {@code claude_session_id}) is
 * written bare, so H2 stores it as {@code SESSIONS} and raw SQL in other revisions and the
 * application finds it unquoted (see {@link Dialect#quote}). A name with an upper-case letter or a
 * character that an unquoted name cannot have is case-sensitive and quoted as written.
 * <p>
 * <strong>Types.</strong> {@code text} is {@code VARCHAR} without a length (up to H2's limit of
 * 1,000,000,000 characters) rather than {@code CHARACTER LARGE OBJECT}: like PostgreSQL's and
 * MariaDB's {@code TEXT} it can be compared, grouped, indexed and made unique, which H2 refuses
 * for large objects. {@code binary} is {@code VARBINARY} for the same reason.
 */
final class H2Renderer extends OperationRenderer {

	H2Renderer(Dialect dialect) {
		super(dialect, "H2", new Types(), SqlLiterals.standard(dialect, "H2"), List.of("h2"));
	}

	/**
	 * H2 refuses a primary key on columns that accept {@code NULL}, where PostgreSQL and MariaDB
	 * make them {@code NOT NULL}: so do that first, with the same lasting effect.
	 */
	@Override
	protected List<String> createPrimaryKey(CreatePrimaryKey op) {
		List<String> statements = new ArrayList<>();
		for (String column : op.columns()) {
			statements.add(alterTable(op.schema(), op.tableName()) + " ALTER COLUMN " + name(column) + " SET NOT NULL");
		}
		statements.addAll(super.createPrimaryKey(op));
		return statements;
	}

	/**
	 * H2's types: {@code VARCHAR} for text, {@code REAL}, {@code DOUBLE PRECISION},
	 * {@code TIMESTAMP}, {@code TIMESTAMP WITH TIME ZONE}, {@code UUID}, {@code JSON} for jsonb,
	 * {@code VARBINARY}.
	 */
	static final class Types extends TypeMapping {

		@Override
		protected String text() {
			return "VARCHAR";
		}

		@Override
		protected String timestamp(@Nullable Integer precision) {
			return "TIMESTAMP" + arguments(precision, null);
		}

		@Override
		protected String timestampWithTimeZone(@Nullable Integer precision) {
			return "TIMESTAMP" + arguments(precision, null) + " WITH TIME ZONE";
		}

		@Override
		protected String binary(@Nullable Integer length) {
			return "VARBINARY" + arguments(length, null);
		}

	}

}
