package dev.migration.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.migration.MigrationException;
import dev.migration.operation.AlterColumn;
import dev.migration.operation.ColumnType;
import dev.migration.operation.Setting;

/**
 * An {@code alter_column} on MariaDB or MySQL, as Alembic's {@code MySQLImpl.alter_column}:
 * <ul>
 * <li>only a new name: {@code RENAME COLUMN a TO b} (MariaDB 10.5.2+, MySQL 8.0+), which keeps
 * the rest of the column;</li>
 * <li>only a new default: {@code ALTER COLUMN c SET DEFAULT x} or {@code DROP DEFAULT} (on MySQL,
 * a new default of a {@code DATETIME} or {@code TIMESTAMP} column restates the column instead, as
 * Alembic does, since MySQL's {@code SET DEFAULT} takes no {@code CURRENT_TIMESTAMP});</li>
 * <li>anything else: {@code MODIFY COLUMN c <definition>}, or {@code CHANGE COLUMN a b
 * <definition>} with a new name, restating the whole column from the changes and the
 * {@code existing_*} values.</li>
 * </ul>
 * Restating needs the column's type and nullability: when {@code existing_type} or
 * {@code existing_nullable} is needed but missing, the change is refused with a message saying
 * which to add (Alembic refuses a missing type, and silently makes the column nullable when the
 * nullability is missing). A missing {@code existing_server_default} or {@code existing_comment}
 * is taken as "none", as in Alembic: restating the column without them drops a default or comment
 * it had.
 */
final class MariaDbColumnChange {

	private final MariaDbRenderer renderer;

	private final AlterColumn op;

	private final String subject;

	private final String alter;

	MariaDbColumnChange(MariaDbRenderer renderer, AlterColumn op) {
		this.renderer = renderer;
		this.op = op;
		this.subject = "alter_column of " + SqlWriter.display(op.schema(), op.tableName(), op.columnName());
		this.alter = renderer.alterTable(op.schema(), op.tableName());
	}

	/**
	 * Returns the statements of the change.
	 * @return one statement
	 * @throws MigrationException when restating the column needs an {@code existing_*} value that is
	 * missing
	 */
	List<String> statements() {
		this.renderer.options(this.op.dialectOptions(), Set.of(), this.subject);
		String column = this.renderer.name(this.op.columnName());
		boolean others = this.op.nullable() != null || this.op.type() != null || this.op.comment() != null;
		if (this.op.newColumnName() != null && !others && this.op.serverDefault() == null) {
			return List.of(this.alter + " RENAME COLUMN " + column + " TO " + this.renderer.name(this.op.newColumnName()));
		}
		Setting serverDefault = this.op.serverDefault();
		if (serverDefault != null && !others && this.op.newColumnName() == null && !mysqlTimestampDefault(serverDefault)) {
			return List.of(this.alter + " ALTER COLUMN " + column + " "
					+ (serverDefault.isNone() ? "DROP DEFAULT" : "SET DEFAULT " + serverDefault.value()));
		}
		String definition = restated();
		if (this.op.newColumnName() != null) {
			return List.of(this.alter + " CHANGE COLUMN " + column + " " + this.renderer.name(this.op.newColumnName()) + " "
					+ definition);
		}
		return List.of(this.alter + " MODIFY COLUMN " + column + " " + definition);
	}

	private boolean mysqlTimestampDefault(Setting serverDefault) {
		ColumnType known = (this.op.type() != null) ? this.op.type() : this.op.existingType();
		return this.renderer.dialect().kind().equals("mysql") && !serverDefault.isNone() && known != null
				&& (known.kind() == ColumnType.Kind.TIMESTAMP || known.kind() == ColumnType.Kind.TIMESTAMP_WITH_TIME_ZONE);
	}

	private String restated() {
		ColumnType type = (this.op.type() != null) ? this.op.type() : this.op.existingType();
		Boolean nullable = (this.op.nullable() != null) ? this.op.nullable() : this.op.existingNullable();
		List<String> missing = new ArrayList<>();
		if (type == null) {
			missing.add("'existing_type' (the column's current type, such as string(20))");
		}
		if (nullable == null) {
			missing.add("'existing_nullable' (true or false: whether the column accepts NULL now)");
		}
		if (type == null || nullable == null) {
			throw new MigrationException(this.subject + " needs " + String.join(" and ", missing) + " on "
					+ this.renderer.product() + ", which changes a column by restating its whole definition"
					+ " (MODIFY COLUMN); add " + ((missing.size() > 1) ? "them" : "it")
					+ " to the operation, and also existing_server_default and existing_comment if the column has a"
					+ " default or comment to keep");
		}
		Setting serverDefault = (this.op.serverDefault() != null) ? this.op.serverDefault()
				: this.op.existingServerDefault();
		Setting comment = (this.op.comment() != null) ? this.op.comment() : this.op.existingComment();
		return this.renderer.spec(this.renderer.type(type, this.subject), nullable, true, value(serverDefault), false,
				"", value(comment));
	}

	private static @Nullable String value(@Nullable Setting setting) {
		return (setting != null) ? setting.value() : null;
	}

}
