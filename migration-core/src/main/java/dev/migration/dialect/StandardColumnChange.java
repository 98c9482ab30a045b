package dev.migration.dialect;

import java.util.ArrayList;
import java.util.List;

import dev.migration.MigrationException;
import dev.migration.operation.AlterColumn;
import dev.migration.operation.Setting;

/**
 * An {@code alter_column} in standard SQL, as PostgreSQL and H2 run it and as Alembic's
 * {@code DefaultImpl.alter_column} writes it: one {@code ALTER TABLE ... ALTER COLUMN} statement
 * per change, in Alembic's order (type, nullability, default, comment) and the new name last, so
 * that the {@code existing_*} values are not needed. When the type and the default both change,
 * the old default is dropped before the type changes, so that a default that does not fit the new
 * type does not block it.
 */
final class StandardColumnChange {

	private final OperationRenderer renderer;

	private final AlterColumn op;

	StandardColumnChange(OperationRenderer renderer, AlterColumn op) {
		this.renderer = renderer;
		this.op = op;
	}

	/**
	 * Returns the statements of the change.
	 * @return the statements, in order
	 * @throws MigrationException for an option of this database that is not supported, or a
	 * conversion ({@code postgresql_using}) without a new type
	 */
	List<String> statements() {
		OperationRenderer r = this.renderer;
		AlterColumn op = this.op;
		String subject = "alter_column of " + SqlWriter.display(op.schema(), op.tableName(), op.columnName());
		Options options = r.options(op.dialectOptions(), r.alterColumnOptions(), subject);
		String alter = r.alterTable(op.schema(), op.tableName()) + " ALTER COLUMN " + r.name(op.columnName()) + " ";
		List<String> statements = new ArrayList<>();
		boolean defaultDropped = false;
		if (op.type() != null) {
			if (op.serverDefault() != null) {
				statements.add(alter + "DROP DEFAULT");
				defaultDropped = true;
			}
			statements.add(alter + r.changeType(r.type(op.type(), subject), options));
		}
		else if (options.get("using") != null) {
			throw new MigrationException(subject + ": the option '" + options.fullName("using")
					+ "' says how to convert values to a new type, but 'type' is not given; give the new 'type'");
		}
		if (op.nullable() != null) {
			statements.add(alter + (op.nullable() ? "DROP NOT NULL" : "SET NOT NULL"));
		}
		Setting serverDefault = op.serverDefault();
		if (serverDefault != null && !(serverDefault.isNone() && defaultDropped)) {
			statements.add(alter + (serverDefault.isNone() ? "DROP DEFAULT" : "SET DEFAULT " + serverDefault.value()));
		}
		if (op.comment() != null) {
			statements.addAll(r.columnComment(op.schema(), op.tableName(), op.columnName(), op.comment().value()));
		}
		if (op.newColumnName() != null) {
			statements.add(r.alterTable(op.schema(), op.tableName()) + " RENAME COLUMN " + r.name(op.columnName())
					+ " TO " + r.name(op.newColumnName()));
		}
		return statements;
	}

}
