package dev.migration.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class JdbcUrlsTests {

	@Test
	void replacesTheDatabaseAndKeepsTheOptions() {
		assertThat(JdbcUrls.withDatabase("jdbc:postgresql://127.0.0.1:5432/postgres", "x"))
			.isEqualTo("jdbc:postgresql://127.0.0.1:5432/x");
		assertThat(JdbcUrls.withDatabase("jdbc:postgresql://db:5432/test?loggerLevel=OFF&ssl=false", "x"))
			.isEqualTo("jdbc:postgresql://db:5432/x?loggerLevel=OFF&ssl=false");
		assertThat(JdbcUrls.withDatabase("jdbc:mariadb://h1:3306,h2:3306/app", "x"))
			.isEqualTo("jdbc:mariadb://h1:3306,h2:3306/x");
	}

	@Test
	void addsTheDatabaseWhenThereIsNone() {
		assertThat(JdbcUrls.withDatabase("jdbc:mariadb://127.0.0.1:3306/", "x")).isEqualTo("jdbc:mariadb://127.0.0.1:3306/x");
		assertThat(JdbcUrls.withDatabase("jdbc:mariadb://127.0.0.1:3306", "x")).isEqualTo("jdbc:mariadb://127.0.0.1:3306/x");
		assertThat(JdbcUrls.withDatabase("jdbc:mariadb://localhost?useSsl=false", "x"))
			.isEqualTo("jdbc:mariadb://localhost/x?useSsl=false");
	}

	@Test
	void refusesUrlsWithoutAServer() {
		assertThatIllegalArgumentException().isThrownBy(() -> JdbcUrls.withDatabase("jdbc:postgresql:postgres", "x"))
			.withMessageContaining("jdbc:<driver>://<host>:<port>/<database>");
	}

}
