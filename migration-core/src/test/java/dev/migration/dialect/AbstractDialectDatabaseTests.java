package dev.migration.dialect;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.migration.operation.AddColumn;
import dev.migration.operation.AlterColumn;
import dev.migration.operation.BulkInsert;
import dev.migration.operation.CreateCheckConstraint;
import dev.migration.operation.CreateForeignKey;
import dev.migration.operation.CreateIndex;
import dev.migration.operation.CreatePrimaryKey;
import dev.migration.operation.CreateTable;
import dev.migration.operation.CreateUniqueConstraint;
import dev.migration.operation.DialectOptions;
import dev.migration.operation.DropColumn;
import dev.migration.operation.DropIndex;
import dev.migration.operation.Execute;
import dev.migration.operation.Inverse;
import dev.migration.operation.Operation;
import dev.migration.operation.RenameTable;
import dev.migration.testsupport.TestDatabase;

import static dev.migration.operation.Operations.column;
import static dev.migration.operation.Operations.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Runs the SQL a dialect renders against a real database and checks the result in its catalog:
 * every column type, the guide's examples, and a schema evolution that the operations' inverses
 * undo step by step. Statements run as the runtime runs them: in a transaction where DDL is
 * transactional, in autocommit where the dialect says a statement needs it.
 * <p>
 * Raw SQL in these tests writes names unquoted and in lower case, as users do, to show that the
 * names the dialects write are the ones such SQL finds.
 */
abstract class AbstractDialectDatabaseTests {

	/** The columns of the samples table and their portable types. */
	static final Map<String, String> SAMPLE_TYPES = sampleTypes();

	private Connection connection;

	private Dialect dialect;

	@BeforeEach
	void connect(TestDatabase db) throws SQLException {
		this.connection = db.connection();
		this.dialect = Dialects.of(this.connection);
	}

	@AfterEach
	void disconnect() throws SQLException {
		this.connection.close();
	}

	/**
	 * Returns the database's catalog.
	 * @return the catalog
	 */
	protected abstract SchemaSnapshot.Catalog catalog();

	/**
	 * Returns the type the catalog shows for each column of the samples table ({@code id} and
	 * the columns of {@link #SAMPLE_TYPES}).
	 * @return the types by column
	 */
	protected abstract Map<String, String> expectedSampleTypes();

	/**
	 * Returns a schema to create tables in other than the default one, creating it if needed.
	 * @param connection the connection
	 * @return the schema, as operations name it
	 * @throws SQLException if the database fails
	 */
	protected abstract String otherSchema(Connection connection) throws SQLException;

	/**
	 * Whether an index that a foreign key has come to rely on can be dropped while the foreign
	 * key stays. MariaDB and MySQL refuse: when an index on the key's columns is created after the
	 * foreign key, they drop the index they made for the key and use the new one, so the derived
	 * downgrade of the contract's {@code create_conversations} example (which drops the index
	 * before the foreign key) fails there, as it does with Alembic.
	 * @return whether it can
	 */
	protected boolean canDropAnIndexAForeignKeyUses() {
		return true;
	}

	/**
	 * Returns the connection the test works on.
	 * @return the connection
	 */
	protected final Connection connection() {
		return this.connection;
	}

	/**
	 * Returns the dialect of the database.
	 * @return the dialect
	 */
	protected final Dialect dialect() {
		return this.dialect;
	}

	// ---- every type

	@Test
	void theMigrationLockIsHeldByOneSessionAtATime(TestDatabase db) throws SQLException {
		String name = "migration:lock_test";
		try (Connection other = db.connection()) {
			assertThat(this.dialect.tryLock(this.connection, name, Duration.ZERO)).isTrue();
			long started = System.nanoTime();
			assertThat(this.dialect.tryLock(other, name, Duration.ZERO)).as("held elsewhere, no wait").isFalse();
			assertThat(this.dialect.tryLock(other, name, Duration.ofMillis(300))).as("held elsewhere, 300 ms").isFalse();
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(250),
					Duration.ofSeconds(3));
			this.dialect.unlock(this.connection, name);
			assertThat(this.dialect.tryLock(other, name, Duration.ZERO)).as("free again").isTrue();
			this.dialect.unlock(other, name);
		}
	}

	@Test
	void everyColumnTypeIsCreatedAsMappedAndItsValuesRoundTrip() throws SQLException {
		CreateTable.Builder samples = CreateTable.builder("samples").column(column("id", "integer").primaryKey(true));
		SAMPLE_TYPES.forEach((name, type) -> samples.column(column(name, type)));
		CreateTable create = samples.build();
		apply(create);
		assertThat(catalog().columnTypes(this.connection, catalog().location(this.connection, null),
				catalog().stored("samples"))).containsExactlyInAnyOrderEntriesOf(expectedSampleTypes());
		List<String> described = describe(null, "samples");
		assertThat(described.get(0)).startsWith("column id ").contains(" not null").endsWith(" autoincrement");
		assertThat(described.subList(1, SAMPLE_TYPES.size() + 1)).allSatisfy((line) -> assertThat(line).endsWith(" null"));

		byte[] bytes = { 0, 1, (byte) 0xFF, '\\', '\'' };
		UUID uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
		Map<String, @Nullable Object> first = new LinkedHashMap<>();
		first.put("c_string", "O'Brien \\ 'quoted' \"double\" \\'");
		first.put("c_text", "line 1\nline 2\ttab -- Zoë 漢字 🚀");
		first.put("c_integer", 42);
		first.put("c_bigint", 9_000_000_000L);
		first.put("c_smallint", (short) 7);
		first.put("c_boolean", true);
		first.put("c_numeric", new BigDecimal("12345678.91"));
		first.put("c_float", 0.5f);
		first.put("c_double", 0.125);
		first.put("c_date", LocalDate.of(2024, 10, 24));
		first.put("c_time", LocalTime.of(14, 30, 15));
		first.put("c_timestamp", LocalDateTime.of(2024, 10, 24, 14, 30, 15));
		first.put("c_timestamp3", LocalDateTime.of(2024, 10, 24, 14, 30, 15, 123_000_000));
		first.put("c_uuid", uuid);
		first.put("c_binary", bytes);
		first.put("c_binary16", new byte[16]);
		apply(new BulkInsert("samples", List.of(first, row("c_string", null, "c_boolean", false),
				row("c_string", "\\", "c_text", "'", "c_integer", -1))));

		try (Statement statement = this.connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT id, c_string, c_text, c_integer, c_bigint, c_smallint,"
						+ " c_boolean, c_numeric, c_float, c_double, c_date, c_time, c_timestamp, c_timestamp3, c_uuid,"
						+ " c_binary, c_binary16, c_json FROM samples ORDER BY id")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getInt("id")).isEqualTo(1);
			assertThat(rows.getString("c_string")).isEqualTo("O'Brien \\ 'quoted' \"double\" \\'");
			assertThat(rows.getString("c_text")).isEqualTo("line 1\nline 2\ttab -- Zoë 漢字 🚀");
			assertThat(rows.getInt("c_integer")).isEqualTo(42);
			assertThat(rows.getLong("c_bigint")).isEqualTo(9_000_000_000L);
			assertThat(rows.getShort("c_smallint")).isEqualTo((short) 7);
			assertThat(rows.getBoolean("c_boolean")).isTrue();
			assertThat(rows.getBigDecimal("c_numeric")).isEqualByComparingTo("12345678.91");
			assertThat(rows.getFloat("c_float")).isEqualTo(0.5f);
			assertThat(rows.getDouble("c_double")).isEqualTo(0.125);
			assertThat(rows.getObject("c_date", LocalDate.class)).isEqualTo(LocalDate.of(2024, 10, 24));
			assertThat(rows.getObject("c_time", LocalTime.class)).isEqualTo(LocalTime.of(14, 30, 15));
			assertThat(rows.getObject("c_timestamp", LocalDateTime.class))
				.isEqualTo(LocalDateTime.of(2024, 10, 24, 14, 30, 15));
			assertThat(rows.getObject("c_timestamp3", LocalDateTime.class))
				.isEqualTo(LocalDateTime.of(2024, 10, 24, 14, 30, 15, 123_000_000));
			assertThat(rows.getString("c_uuid")).isEqualToIgnoringCase(uuid.toString());
			assertThat(rows.getBytes("c_binary")).isEqualTo(bytes);
			assertThat(rows.getBytes("c_binary16")).isEqualTo(new byte[16]);
			assertThat(rows.getString("c_json")).isNull();
			assertThat(rows.next()).isTrue();
			assertThat(rows.getInt("id")).isEqualTo(2);
			assertThat(rows.getString("c_string")).isNull();
			assertThat(rows.getBoolean("c_boolean")).isFalse();
			assertThat(rows.getString("c_text")).isNull();
			assertThat(rows.next()).isTrue();
			assertThat(rows.getInt("id")).isEqualTo(3);
			assertThat(rows.getString("c_string")).isEqualTo("\\");
			assertThat(rows.getString("c_text")).isEqualTo("'");
			assertThat(rows.getInt("c_integer")).isEqualTo(-1);
			assertThat(rows.next()).isFalse();
		}
		apply(Inverse.of(create).orElseThrow());
		assertThat(describe(null, "samples")).containsExactly("(missing)");
	}

	private static Map<String, String> sampleTypes() {
		Map<String, String> types = new LinkedHashMap<>();
		types.put("c_string", "string(100)");
		types.put("c_text", "text");
		types.put("c_integer", "integer");
		types.put("c_bigint", "bigint");
		types.put("c_smallint", "smallint");
		types.put("c_boolean", "boolean");
		types.put("c_numeric", "numeric(10, 2)");
		types.put("c_float", "float");
		types.put("c_double", "double");
		types.put("c_date", "date");
		types.put("c_time", "time");
		types.put("c_timestamp", "timestamp");
		types.put("c_timestamp3", "timestamp(3)");
		types.put("c_timestamptz", "timestamp with time zone");
		types.put("c_uuid", "uuid");
		types.put("c_json", "json");
		types.put("c_jsonb", "jsonb");
		types.put("c_binary", "binary");
		types.put("c_binary16", "binary(16)");
		return types;
	}

	// ---- the guide's examples

	@Test
	void theGuideExamplesRunAndTheirDowngradesUndoThem() throws SQLException {
		apply(new CreateTable("users", List.of(column("id", "integer").primaryKey(true).build())),
				new CreateTable("sessions", List.of(column("id", "string(36)").primaryKey(true).build(),
						column("user_id", "integer").build(), column("old_status", "string(20)").build())));
		List<String> tables = List.of("sessions", "conversations");
		Map<String, List<String>> start = snapshot(null, tables);

		// add_claude_session_id, and its hand-written downgrade
		apply(new AddColumn("sessions", column("claude_session_id", "string(100)").nullable(true).build()),
				new CreateIndex("ix_sessions_claude_session_id", "sessions", List.of("claude_session_id")));
		assertThat(describe(null, "sessions")).anyMatch((line) -> line.matches("column claude_session_id .*\\(100\\) null"))
			.contains("index ix_sessions_claude_session_id (claude_session_id)");
		apply(new DropIndex("ix_sessions_claude_session_id", "sessions"), new DropColumn("sessions", "claude_session_id"));
		assertThat(snapshot(null, tables)).isEqualTo(start);

		// create_conversations (the contract's YAML example), downgraded by its derived inverse
		List<Operation> conversations = List.of(CreateTable.builder("conversations")
			.column(column("id", "string(36)").primaryKey(true))
			.column(column("session_id", "string(36)").nullable(false))
			.column(column("created_at", "timestamp").nullable(false).serverDefault("CURRENT_TIMESTAMP"))
			.build(),
				CreateForeignKey
					.builder("fk_conversations_session", "conversations", "sessions", List.of("session_id"), List.of("id"))
					.ondelete("CASCADE")
					.build(),
				CreateIndex.builder("ix_conversations_session_id", "conversations", List.of("session_id"))
					.postgresqlConcurrently(true)
					.build());
		conversations.forEach(this::apply);
		// MariaDB reports the default action, NO ACTION, as RESTRICT, which it is there.
		assertThat(describe(null, "conversations")).contains("index ix_conversations_session_id (session_id)")
			.anyMatch((line) -> line.matches("foreign key fk_conversations_session \\(session_id\\) references sessions"
					+ " \\(id\\) on delete cascade on update (no action|restrict)"));
		execute("INSERT INTO sessions (id) VALUES ('s1')");
		execute("INSERT INTO conversations (id, session_id) VALUES ('c1', 's1')");
		assertThat(strings("SELECT created_at FROM conversations")).singleElement().isNotNull();
		execute("DELETE FROM sessions WHERE id = 's1'");
		assertThat(strings("SELECT id FROM conversations")).isEmpty();
		if (canDropAnIndexAForeignKeyUses()) {
			undo(conversations);
		}
		else {
			// The derived downgrade drops the index first, which the foreign key now depends on.
			assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> undo(conversations))
				.havingCause()
				.withMessageContaining("needed in a foreign key constraint");
			apply(Inverse.of(conversations.get(1)).orElseThrow(), Inverse.of(conversations.get(2)).orElseThrow(),
					Inverse.of(conversations.get(0)).orElseThrow());
		}
		assertThat(snapshot(null, tables)).isEqualTo(start);

		// the status data migration, and the guide's downgrade
		apply(new BulkInsert("sessions", List.of(row("id", "a", "old_status", "active"),
				row("id", "b", "old_status", "closed"))));
		apply(new AddColumn("sessions", column("new_status", "string(20)").nullable(true).build()),
				new Execute("UPDATE sessions SET new_status = 'running' WHERE old_status = 'active'"),
				new Execute("UPDATE sessions SET new_status = 'stopped' WHERE new_status IS NULL"),
				AlterColumn.builder("sessions", "new_status").nullable(false).existingType("string(20)").build(),
				new DropColumn("sessions", "old_status"));
		assertThat(describe(null, "sessions")).anyMatch((line) -> line.matches("column new_status .*\\(20\\) not null"))
			.noneMatch((line) -> line.startsWith("column old_status"));
		assertThat(strings("SELECT new_status FROM sessions ORDER BY id")).containsExactly("running", "stopped");
		apply(new AddColumn("sessions", column("old_status", "string(20)").nullable(true).build()),
				new DropColumn("sessions", "new_status"));
		assertThat(snapshot(null, tables)).isEqualTo(start);
	}

	// ---- a schema evolution and its inverse

	@Test
	void aSchemaEvolutionInTheDefaultSchemaIsUndoneByTheInverses() throws SQLException {
		evolve(null, "e1_");
	}

	@Test
	void aSchemaEvolutionInAnotherSchemaIsUndoneByTheInverses() throws SQLException {
		evolve(otherSchema(this.connection), "e2_");
	}

	/** A step of the evolution, and what the catalog shows after it. */
	private record Step(Operation operation, Consumer<Map<String, List<String>>> expectation) {
	}

	private void evolve(@Nullable String schema, String prefix) throws SQLException {
		String parents = prefix + "parents";
		String children = prefix + "children";
		String tags = prefix + "tags";
		String labels = prefix + "labels";
		List<String> tables = List.of(parents, children, tags, labels);
		List<Step> steps = evolution(schema, prefix, parents, children, tags, labels);

		List<Map<String, List<String>>> before = new ArrayList<>();
		for (Step step : steps) {
			before.add(snapshot(schema, tables));
			apply(step.operation());
			Map<String, List<String>> after = snapshot(schema, tables);
			step.expectation().accept(after);
		}
		assertTheEvolvedSchemaKeepsItsRules(schema, parents, children);
		for (int i = steps.size() - 1; i >= 0; i--) {
			Operation inverse = Inverse.of(steps.get(i).operation()).orElseThrow();
			apply(inverse);
			assertThat(snapshot(schema, tables)).as("after undoing %s with %s", steps.get(i).operation().name(), inverse)
				.isEqualTo(before.get(i));
		}
		assertThat(snapshot(schema, tables).values()).allSatisfy((lines) -> assertThat(lines).containsExactly("(missing)"));
	}

	private List<Step> evolution(@Nullable String schema, String prefix, String parents, String children, String tags,
			String labels) {
		DialectOptions none = DialectOptions.NONE;
		return List.of(new Step(CreateTable.builder(parents)
			.schema(schema)
			.comment("Who has children")
			.column(column("id", "integer").primaryKey(true))
			.column(column("name", "string(50)").nullable(false).unique(true).comment("The parent's name"))
			.build(), (s) -> assertThat(s.get(parents)).startsWith("comment 'Who has children'")
				.anyMatch((l) -> l.matches("column id .* not null.* autoincrement"))
				.anyMatch((l) -> l.matches("column name .* not null comment 'The parent''?s name'"))
				.anyMatch((l) -> l.matches("unique index .* \\(name\\)"))
				.contains("primary key (id)")),
				new Step(CreateTable.builder(children)
					.schema(schema)
					.column(column("id", "bigint").primaryKey(true).autoincrement(true))
					.column(column("parent_id", "integer"))
					.column(column("label", "string(20)").nullable(false).serverDefault("'new'"))
					.column(column("score", "numeric(5, 2)"))
					.build(), (s) -> assertThat(s.get(children)).anyMatch((l) -> l.matches("column id .* autoincrement"))
						.anyMatch((l) -> l.matches("column label .*\\(20\\) not null default 'new'.*"))),
				new Step(new AddColumn(children, column("note", "text").comment("free text").build(), schema),
						(s) -> assertThat(s.get(children)).anyMatch((l) -> l.matches("column note .* null comment 'free text'"))),
				new Step(AlterColumn.builder(children, "label")
					.type("string(40)")
					.existingType("string(20)")
					.existingNullable(false)
					.existingServerDefault("'new'")
					.schema(schema)
					.build(), (s) -> assertThat(s.get(children))
						.anyMatch((l) -> l.matches("column label .*\\(40\\) not null default 'new'.*"))),
				new Step(AlterColumn.builder(children, "label")
					.serverDefault("'fresh'")
					.existingServerDefault("'new'")
					.existingType("string(40)")
					.existingNullable(false)
					.schema(schema)
					.build(), (s) -> assertThat(s.get(children))
						.anyMatch((l) -> l.matches("column label .*\\(40\\) not null default 'fresh'.*"))),
				new Step(AlterColumn.builder(children, "score")
					.nullable(false)
					.existingNullable(true)
					.existingType("numeric(5, 2)")
					.schema(schema)
					.build(), (s) -> assertThat(s.get(children)).anyMatch((l) -> l.matches("column score .* not null"))),
				new Step(AlterColumn.builder(children, "note").newColumnName("remark").schema(schema).build(),
						(s) -> assertThat(s.get(children)).noneMatch((l) -> l.startsWith("column note "))
							.anyMatch((l) -> l.matches("column remark .* null comment 'free text'"))),
				new Step(AlterColumn.builder(children, "remark")
					.comment("It's changed")
					.existingComment("free text")
					.existingType("text")
					.existingNullable(true)
					.schema(schema)
					.build(), (s) -> assertThat(s.get(children))
						.anyMatch((l) -> l.matches("column remark .* null comment 'It'?'s changed'"))),
				new Step(CreateIndex.builder(prefix + "ix_children_parent", children, List.of("parent_id"))
					.postgresqlConcurrently(true)
					.schema(schema)
					.build(), (s) -> assertThat(s.get(children)).contains("index " + prefix + "ix_children_parent (parent_id)")),
				new Step(CreateForeignKey
					.builder(prefix + "fk_children_parent", children, parents, List.of("parent_id"), List.of("id"))
					.ondelete("CASCADE")
					.sourceSchema(schema)
					.referentSchema(schema)
					.build(), (s) -> assertThat(s.get(children)).anyMatch((l) -> l.matches("foreign key " + prefix + "fk_children_parent"
							+ " \\(parent_id\\) references " + parents + " \\(id\\) on delete cascade on update (no action|restrict)"))),
				new Step(new CreateUniqueConstraint(prefix + "uq_children_label", children, List.of("parent_id", "label"),
						schema, none), (s) -> assertThat(s.get(children))
							.anyMatch((l) -> l.matches("unique index " + prefix + "uq_children_label.* \\(parent_id, label\\)"))),
				new Step(new CreateCheckConstraint(prefix + "ck_children_score", children, "score >= 0", schema, none),
						(s) -> assertThat(s.get(children)).contains("check " + prefix + "ck_children_score")),
				new Step(CreateTable.builder(tags)
					.schema(schema)
					.column(column("name", "string(30)").nullable(false))
					.column(column("kind", "string(10)").nullable(false))
					.build(), (s) -> assertThat(s.get(tags)).noneMatch((l) -> l.startsWith("primary key"))),
				new Step(new CreatePrimaryKey(prefix + "pk_tags", tags, List.of("name", "kind"), schema),
						(s) -> assertThat(s.get(tags)).contains("primary key (name, kind)")),
				new Step(CreateIndex.builder(prefix + "ix_tags_kind", tags, List.of("kind"))
					.ifNotExists(true)
					.schema(schema)
					.build(), (s) -> assertThat(s.get(tags)).contains("index " + prefix + "ix_tags_kind (kind)")),
				new Step(new RenameTable(tags, labels, schema), (s) -> {
					assertThat(s.get(tags)).containsExactly("(missing)");
					assertThat(s.get(labels)).contains("primary key (name, kind)", "index " + prefix + "ix_tags_kind (kind)");
				}), new Step(new DropColumn(children, "remark", schema,
						column("remark", "text").comment("It's changed").build(), none),
						(s) -> assertThat(s.get(children)).noneMatch((l) -> l.startsWith("column remark "))));
	}

	/** Data in the evolved tables: literals, defaults, and the constraints at work. */
	private void assertTheEvolvedSchemaKeepsItsRules(@Nullable String schema, String parents, String children)
			throws SQLException {
		String parentTable = (schema != null) ? schema + "." + parents : parents;
		String childTable = (schema != null) ? schema + "." + children : children;
		apply(new BulkInsert(parents, List.of(row("name", "O'Brien"), row("name", "back\\slash"),
				row("name", "Zoë 漢字 🚀")), schema));
		apply(new BulkInsert(children, List.of(row("parent_id", 1, "label", "a", "score", new BigDecimal("1.5")),
				row("parent_id", 1, "score", 2), row("parent_id", 2, "label", "b", "score", 0)), schema));
		assertThat(strings("SELECT name FROM " + parentTable + " ORDER BY id")).containsExactly("O'Brien",
				"back\\slash", "Zoë 漢字 🚀");
		assertThat(strings("SELECT label FROM " + childTable + " WHERE parent_id = 1 ORDER BY id")).containsExactly("a",
				"fresh");
		assertThatExceptionOfType(SQLException.class).as("the unique constraint")
			.isThrownBy(() -> execute("INSERT INTO " + childTable + " (parent_id, label, score) VALUES (1, 'a', 3)"));
		assertThatExceptionOfType(SQLException.class).as("the check constraint")
			.isThrownBy(() -> execute("INSERT INTO " + childTable + " (parent_id, label, score) VALUES (1, 'c', -1)"));
		assertThatExceptionOfType(SQLException.class).as("the foreign key")
			.isThrownBy(() -> execute("INSERT INTO " + childTable + " (parent_id, label, score) VALUES (99, 'c', 1)"));
		execute("DELETE FROM " + parentTable + " WHERE id = 1");
		assertThat(strings("SELECT label FROM " + childTable + " ORDER BY id")).containsExactly("b");
		execute("DELETE FROM " + childTable);
		execute("DELETE FROM " + parentTable);
	}

	// ---- running and reading

	/**
	 * Runs operations as the runtime does: each in a transaction where DDL is transactional and no
	 * statement needs autocommit, otherwise in autocommit.
	 * @param operations the operations
	 */
	protected final void apply(Operation... operations) {
		for (Operation operation : operations) {
			List<String> statements = this.dialect.render(operation);
			boolean autocommit = !this.dialect.transactionalDdl()
					|| statements.stream().anyMatch(this.dialect::requiresAutocommit);
			String current = null;
			try {
				this.connection.setAutoCommit(autocommit);
				try (Statement statement = this.connection.createStatement()) {
					for (String sql : statements) {
						current = sql;
						statement.execute(sql);
					}
				}
				if (!autocommit) {
					this.connection.commit();
				}
			}
			catch (SQLException ex) {
				rollback(autocommit);
				throw new AssertionError(operation.name() + " failed on " + this.dialect.kind() + " at: " + current, ex);
			}
			finally {
				autocommit();
			}
		}
	}

	private void undo(List<Operation> operations) {
		for (int i = operations.size() - 1; i >= 0; i--) {
			apply(Inverse.of(operations.get(i)).orElseThrow());
		}
	}

	private void rollback(boolean autocommit) {
		if (!autocommit) {
			try {
				this.connection.rollback();
			}
			catch (SQLException ex) {
				// the failure being reported matters more
			}
		}
	}

	private void autocommit() {
		try {
			this.connection.setAutoCommit(true);
		}
		catch (SQLException ex) {
			throw new AssertionError(ex);
		}
	}

	/**
	 * Runs a statement in autocommit.
	 * @param sql the statement
	 * @throws SQLException if it fails
	 */
	protected final void execute(String sql) throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			statement.execute(sql);
		}
	}

	/**
	 * Returns the first column of a query's rows, as strings.
	 * @param sql the query
	 * @return the values
	 * @throws SQLException if it fails
	 */
	protected final List<@Nullable String> strings(String sql) throws SQLException {
		List<@Nullable String> values = new ArrayList<>();
		try (Statement statement = this.connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	/**
	 * Describes a table as its catalog shows it.
	 * @param schema the schema, or {@code null}
	 * @param table the table
	 * @return the lines
	 * @throws SQLException if the database fails
	 */
	protected final List<String> describe(@Nullable String schema, String table) throws SQLException {
		return SchemaSnapshot.describe(this.connection, catalog(), schema, table);
	}

	private Map<String, List<String>> snapshot(@Nullable String schema, List<String> tables) throws SQLException {
		return SchemaSnapshot.of(this.connection, catalog(), schema, tables);
	}

}
