package dev.migration.lint;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact type changes that rewrite a table, per database, as documented on
 * {@link TableRewrites}.
 */
class TableRewritesTests {

	@ParameterizedTest(name = "{0} -> {1} rewrites on PostgreSQL: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			varchar(20)    | varchar(50)    | false
			varchar(20)    | varchar(20)    | false
			varchar(20)    | varchar        | false
			varchar(20)    | text           | false
			varchar        | text           | false
			text           | varchar        | false
			numeric(10, 2) | numeric(12, 2) | false
			numeric(10, 2) | numeric        | false
			timestamp(3)   | timestamp      | false
			timestamp      | timestamp(3)   | true
			varchar(50)    | varchar(20)    | true
			text           | varchar(20)    | true
			numeric(10, 2) | numeric(12, 4) | true
			numeric(10, 2) | numeric(8, 2)  | true
			integer        | bigint         | true
			varchar(20)    | integer        | true
			timestamp      | timestamptz    | true
			json           | jsonb          | true
			inet           | INET           | false
			inet           | cidr           | true
			""")
	void postgresql(String from, String to, boolean rewrites) {
		assertThat(TableRewrites.rewrites("postgresql", ColumnTypes.read(from), ColumnTypes.read(to))).isEqualTo(rewrites);
	}

	@ParameterizedTest(name = "{0} -> {1} copies the table on MariaDB: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			varchar(20)  | varchar(63)  | false
			varchar(64)  | varchar(200) | false
			varchar(63)  | varchar(64)  | true
			varchar(50)  | varchar(20)  | true
			int(11)      | integer      | false
			integer      | bigint       | true
			varchar(20)  | text         | true
			""")
	void mariadb(String from, String to, boolean copies) {
		assertThat(TableRewrites.rewrites("mariadb", ColumnTypes.read(from), ColumnTypes.read(to))).isEqualTo(copies);
	}

}
