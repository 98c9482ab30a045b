package dev.migration.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import dev.migration.MigrationException;
import dev.migration.operation.AddColumn;
import dev.migration.operation.AlterColumn;
import dev.migration.operation.BulkInsert;
import dev.migration.operation.CreateCheckConstraint;
import dev.migration.operation.CreateForeignKey;
import dev.migration.operation.CreateIndex;
import dev.migration.operation.CreatePrimaryKey;
import dev.migration.operation.CreateTable;
import dev.migration.operation.CreateUniqueConstraint;
import dev.migration.operation.DropColumn;
import dev.migration.operation.DropConstraint;
import dev.migration.operation.DropIndex;
import dev.migration.operation.DropTable;
import dev.migration.operation.Execute;
import dev.migration.operation.Operation;
import dev.migration.operation.RenameTable;

import static dev.migration.operation.Operations.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the golden files cannot show: how the runtime treats the rendered statements, batching of
 * large inserts, and that the corpus covers every operation.
 */
class DialectRenderTests {

	@Test
	void concurrentIndexStatementsAreRecognizedAsNeedingAutocommitOnPostgresql() {
		Dialect postgres = Dialects.named("postgresql");
		CreateIndex concurrent = CreateIndex.builder("ix_a", "t", List.of("a"))
			.postgresqlConcurrently(true)
			.unique(true)
			.ifNotExists(true)
			.schema("app")
			.build();
		DropIndex dropConcurrent = (DropIndex) concurrent.reverse().orElseThrow();
		assertThat(postgres.render(concurrent)).singleElement().satisfies((sql) -> assertThat(postgres.requiresAutocommit(sql)).isTrue());
		assertThat(postgres.render(dropConcurrent)).singleElement().satisfies((sql) -> assertThat(postgres.requiresAutocommit(sql)).isTrue());
		CreateIndex plain = new CreateIndex("ix_a", "t", List.of("a"));
		assertThat(postgres.render(plain)).singleElement().satisfies((sql) -> assertThat(postgres.requiresAutocommit(sql)).isFalse());
	}

	@Test
	void concurrentlyIsIgnoredWhereItDoesNotExist() {
		CreateIndex concurrent = CreateIndex.builder("ix_a", "t", List.of("a")).postgresqlConcurrently(true).build();
		for (String kind : List.of("mariadb", "mysql", "h2")) {
			Dialect dialect = Dialects.named(kind);
			assertThat(dialect.render(concurrent)).singleElement().satisfies((sql) -> {
				assertThat(sql).doesNotContain("CONCURRENTLY");
				assertThat(dialect.requiresAutocommit(sql)).isFalse();
			});
		}
	}

	@Test
	void bulkInsertWritesAtMostFiveHundredRowsPerStatement() {
		List<Map<String, @Nullable Object>> rows = new ArrayList<>();
		for (int i = 1; i <= 1001; i++) {
			rows.add(row("id", i, "name", "user " + i));
		}
		List<String> statements = Dialects.named("postgresql").render(new BulkInsert("users", rows));
		assertThat(statements).hasSize(3);
		assertThat(statements).allSatisfy((sql) -> assertThat(sql).startsWith("INSERT INTO users (id, name) VALUES\n"));
		assertThat(statements.stream().map((sql) -> sql.lines().count() - 1).toList()).containsExactly(500L, 500L, 1L);
		assertThat(statements.get(0)).contains("\t(1, 'user 1'),\n").endsWith("\t(500, 'user 500')");
		assertThat(statements.get(2)).endsWith("\t(1001, 'user 1001')");
	}

	@Test
	void anOperationNoDialectKnowsIsRefusedWithAHint() {
		Operation unknown = () -> "create_view";
		for (String kind : List.of("postgresql", "mariadb", "h2")) {
			assertThatExceptionOfType(MigrationException.class).isThrownBy(() -> Dialects.named(kind).render(unknown))
				.withMessageContaining("cannot render the operation 'create_view'")
				.withMessageEndingWith("write it as SQL with 'execute'");
		}
	}

	@Test
	void theGoldenCorpusCoversEveryOperation() {
		Set<Class<?>> covered = RenderCorpus.groups().values().stream().flatMap(List::stream)
			.map((c) -> c.operation().getClass()).collect(Collectors.toSet());
		assertThat(covered).containsExactlyInAnyOrder(AddColumn.class, DropColumn.class, AlterColumn.class,
				CreateTable.class, DropTable.class, RenameTable.class, CreateIndex.class, DropIndex.class,
				CreateForeignKey.class, CreateUniqueConstraint.class, CreateCheckConstraint.class,
				CreatePrimaryKey.class, DropConstraint.class, Execute.class, BulkInsert.class);
	}

}
