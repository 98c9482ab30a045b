package dev.migration.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class JdbcUrlDataSourceTests {

	@Test
	void connectsAsTheGivenUser() throws SQLException {
		DataSource dataSource = new JdbcUrlDataSource("jdbc:h2:mem:url_data_source;DB_CLOSE_DELAY=-1", "alice",
				"secret");
		try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
			assertThat(first.getMetaData().getUserName()).isEqualToIgnoringCase("alice");
			assertThat(second).isNotSameAs(first);
		}
	}

	@Test
	void readsItsSettingsWhenConnecting() throws SQLException {
		AtomicReference<String> url = new AtomicReference<>("jdbc:h2:mem:first");
		DataSource dataSource = new JdbcUrlDataSource(url::get, () -> "sa", () -> null);
		url.set("jdbc:h2:mem:second");
		try (Connection connection = dataSource.getConnection()) {
			assertThat(connection.getMetaData().getURL()).isEqualTo("jdbc:h2:mem:second");
		}
	}

	@Test
	void unknownUrlFailsWithTheDriverManagersError() {
		DataSource dataSource = new JdbcUrlDataSource("jdbc:nothing:here", null, null);
		assertThatExceptionOfType(SQLException.class).isThrownBy(dataSource::getConnection)
			.withMessageStartingWith("No suitable driver");
	}

	@Test
	void unwrapsOnlyItself() throws SQLException {
		JdbcUrlDataSource dataSource = new JdbcUrlDataSource("jdbc:h2:mem:x", null, null);
		assertThat(dataSource.unwrap(JdbcUrlDataSource.class)).isSameAs(dataSource);
		assertThat(dataSource.isWrapperFor(Connection.class)).isFalse();
		assertThatExceptionOfType(SQLException.class).isThrownBy(() -> dataSource.unwrap(Connection.class));
	}

	@Test
	void toStringKeepsTheUrlAndItsPasswordOut() {
		assertThat(new JdbcUrlDataSource("jdbc:postgresql://app:secret@db/app", null, null))
			.hasToString("JdbcUrlDataSource");
	}

}
