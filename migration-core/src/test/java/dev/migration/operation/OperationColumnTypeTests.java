package dev.migration.operation;

import dev.migration.operation.ColumnType.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Reading and writing the portable column types.
 */
class OperationColumnTypeTests {

	@Test
	void readsEachPortableSpellingCaseInsensitively() {
		assertThat(ColumnType.parse("string(36)")).isEqualTo(ColumnType.string(36));
		assertThat(ColumnType.parse("VARCHAR(36)")).isEqualTo(ColumnType.string(36));
		assertThat(ColumnType.parse("character varying (36)")).isEqualTo(ColumnType.string(36));
		assertThat(ColumnType.parse("String")).isEqualTo(ColumnType.of(Kind.STRING));
		assertThat(ColumnType.parse("text")).isEqualTo(ColumnType.of(Kind.TEXT));
		assertThat(ColumnType.parse("integer")).isEqualTo(ColumnType.of(Kind.INTEGER));
		assertThat(ColumnType.parse("INT")).isEqualTo(ColumnType.of(Kind.INTEGER));
		assertThat(ColumnType.parse("bigint")).isEqualTo(ColumnType.of(Kind.BIGINT));
		assertThat(ColumnType.parse("smallint")).isEqualTo(ColumnType.of(Kind.SMALLINT));
		assertThat(ColumnType.parse("boolean")).isEqualTo(ColumnType.of(Kind.BOOLEAN));
		assertThat(ColumnType.parse("bool")).isEqualTo(ColumnType.of(Kind.BOOLEAN));
		assertThat(ColumnType.parse("numeric(10,2)")).isEqualTo(ColumnType.numeric(10, 2));
		assertThat(ColumnType.parse("Decimal( 10 , 2 )")).isEqualTo(ColumnType.numeric(10, 2));
		assertThat(ColumnType.parse("numeric(10)")).isEqualTo(new ColumnType(Kind.NUMERIC, null, 10, null, null));
		assertThat(ColumnType.parse("numeric")).isEqualTo(ColumnType.of(Kind.NUMERIC));
		assertThat(ColumnType.parse("float")).isEqualTo(ColumnType.of(Kind.FLOAT));
		assertThat(ColumnType.parse("float(24)")).isEqualTo(new ColumnType(Kind.FLOAT, null, 24, null, null));
		assertThat(ColumnType.parse("double")).isEqualTo(ColumnType.of(Kind.DOUBLE));
		assertThat(ColumnType.parse("double precision")).isEqualTo(ColumnType.of(Kind.DOUBLE));
		assertThat(ColumnType.parse("date")).isEqualTo(ColumnType.of(Kind.DATE));
		assertThat(ColumnType.parse("time")).isEqualTo(ColumnType.of(Kind.TIME));
		assertThat(ColumnType.parse("timestamp")).isEqualTo(ColumnType.of(Kind.TIMESTAMP));
		assertThat(ColumnType.parse("DateTime")).isEqualTo(ColumnType.of(Kind.TIMESTAMP));
		assertThat(ColumnType.parse("timestamp(6)")).isEqualTo(new ColumnType(Kind.TIMESTAMP, null, 6, null, null));
		assertThat(ColumnType.parse("timestamp with time zone")).isEqualTo(ColumnType.of(Kind.TIMESTAMP_WITH_TIME_ZONE));
		assertThat(ColumnType.parse("TIMESTAMP  WITH TIME ZONE")).isEqualTo(ColumnType.of(Kind.TIMESTAMP_WITH_TIME_ZONE));
		assertThat(ColumnType.parse("timestamptz")).isEqualTo(ColumnType.of(Kind.TIMESTAMP_WITH_TIME_ZONE));
		assertThat(ColumnType.parse("timestamp(3) with time zone"))
			.isEqualTo(new ColumnType(Kind.TIMESTAMP_WITH_TIME_ZONE, null, 3, null, null));
		assertThat(ColumnType.parse("uuid")).isEqualTo(ColumnType.of(Kind.UUID));
		assertThat(ColumnType.parse("json")).isEqualTo(ColumnType.of(Kind.JSON));
		assertThat(ColumnType.parse("jsonb")).isEqualTo(ColumnType.of(Kind.JSONB));
		assertThat(ColumnType.parse("binary")).isEqualTo(ColumnType.of(Kind.BINARY));
		assertThat(ColumnType.parse("blob")).isEqualTo(ColumnType.of(Kind.BINARY));
		assertThat(ColumnType.parse("bytea")).isEqualTo(ColumnType.of(Kind.BINARY));
		assertThat(ColumnType.parse("binary(16)")).isEqualTo(new ColumnType(Kind.BINARY, 16, null, null, null));
	}

	@Test
	void keepsAnyOtherTypeVerbatimAsARawDatabaseType() {
		assertThat(ColumnType.parse("inet")).isEqualTo(ColumnType.raw("inet"));
		assertThat(ColumnType.parse(" CHAR(2) ")).isEqualTo(ColumnType.raw("CHAR(2)"));
		assertThat(ColumnType.parse("integer unsigned")).isEqualTo(ColumnType.raw("integer unsigned"));
		assertThat(ColumnType.parse("enum('a', 'b')").raw()).isEqualTo("enum('a', 'b')");
		assertThat(ColumnType.parse("geometry(Point, 4326)").toString()).isEqualTo("geometry(Point, 4326)");
		assertThat(ColumnType.parse("varchar(20)[]")).isEqualTo(ColumnType.raw("varchar(20)[]"));
	}

	@Test
	void writesTheCanonicalSpelling() {
		assertThat(ColumnType.parse("VARCHAR(36)")).hasToString("string(36)");
		assertThat(ColumnType.parse("decimal(10,2)")).hasToString("numeric(10, 2)");
		assertThat(ColumnType.parse("timestamptz(3)")).hasToString("timestamp(3) with time zone");
		assertThat(ColumnType.parse("datetime")).hasToString("timestamp");
		assertThat(ColumnType.parse("bytea")).hasToString("binary");
	}

	@Test
	void rejectsBadArgumentsOfAPortableType() {
		assertThatIllegalArgumentException().isThrownBy(() -> ColumnType.parse("string(abc)"))
			.withMessage("invalid column type 'string(abc)': the length must be a whole number, as in string(100)");
		assertThatIllegalArgumentException().isThrownBy(() -> ColumnType.parse("string(10, 2)"))
			.withMessage("invalid column type 'string(10, 2)': string takes the length only, as in string(100)");
		assertThatIllegalArgumentException().isThrownBy(() -> ColumnType.parse("string(0)"))
			.withMessage("invalid column type 'string(0)': the length of string must be positive; found 0");
		assertThatIllegalArgumentException().isThrownBy(() -> ColumnType.parse("string()"))
			.withMessage("invalid column type 'string()': the length must be a whole number, as in string(100)");
		assertThatIllegalArgumentException().isThrownBy(() -> ColumnType.parse("integer(11)"))
			.withMessage("invalid column type 'integer(11)': integer takes no arguments; write 'integer'");
		assertThatIllegalArgumentException().isThrownBy(() -> ColumnType.parse("numeric(2, 5)"))
			.withMessage("invalid column type 'numeric(2, 5)': the scale of numeric(2, 5) is larger than its precision");
		assertThatIllegalArgumentException().isThrownBy(() -> ColumnType.parse("numeric(a, 2)"))
			.withMessage("invalid column type 'numeric(a, 2)': the precision and scale must be a whole number, "
					+ "as in numeric(10, 2)");
		assertThatIllegalArgumentException().isThrownBy(() -> ColumnType.parse("varchar(36"))
			.withMessage("invalid column type 'varchar(36': missing ')'; inside {...} in YAML, quote a type that "
					+ "contains a comma, as in 'numeric(10, 2)'");
		assertThatIllegalArgumentException().isThrownBy(() -> ColumnType.parse("  "))
			.withMessage("the column type is empty; write one such as string(100) or integer");
	}

}
