package dev.migration.source.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Property tests of the splitter on thousands of random inputs. Every input comes from a seeded
 * {@link Random}; a failure prints the seed, the flavour and the input, so it can be replayed.
 */
class SqlStatementSplitterPropertyTests {

	private static final int RUNS = 4000;

	private static final long BASE_SEED = 20241024L;

	/** Separators placed between two fragments that are not {@code ;}. */
	private static final String[] SPACES = { " ", "\n", "  ", "\n\n", "\t", " \r\n " };

	/** Separators placed next to a {@code ;}, which needs none. */
	private static final String[] SPACES_AROUND_SEPARATORS = { "", "", " ", "\n", "\t\n  " };

	/**
	 * Inputs assembled from fragments whose role is known (statement text, comment, separator)
	 * split exactly where the fragments say: same separators, same statements.
	 */
	@ParameterizedTest
	@EnumSource(SqlFlavour.class)
	void agreesWithAGeneratorThatKnowsWhereTheSeparatorsAre(SqlFlavour flavour) {
		for (int run = 0; run < RUNS; run++) {
			long seed = BASE_SEED + run * 31L + flavour.ordinal();
			Generated generated = generate(new Random(seed), flavour);
			SqlSplit split = SqlStatementSplitter.split(generated.text(), flavour);
			String context = context(seed, flavour, generated.text());
			assertConsistent(generated.text(), split, context);
			assertThat(split.separators()).as(context).containsExactlyElementsOf(generated.separators());
			assertThat(split.statements()).as(context).containsExactlyElementsOf(generated.statements());
			assertThat(split.unclosed()).as(context).isNull();
		}
	}

	/**
	 * The generated inputs cut anywhere (inside strings, comments, bodies) still split into
	 * statements and separators that reassemble the input.
	 */
	@ParameterizedTest
	@EnumSource(SqlFlavour.class)
	void neverLosesOrInventsTextOfTruncatedInputs(SqlFlavour flavour) {
		for (int run = 0; run < RUNS; run++) {
			long seed = BASE_SEED - run * 17L - flavour.ordinal();
			Random random = new Random(seed);
			String text = generate(random, flavour).text();
			text = text.substring(0, random.nextInt(text.length() + 1));
			assertConsistent(text, SqlStatementSplitter.split(text, flavour), context(seed, flavour, text));
		}
	}

	/** Random soup of the characters that matter to the lexer. */
	@ParameterizedTest
	@EnumSource(SqlFlavour.class)
	void neverLosesOrInventsTextOfRandomCharacters(SqlFlavour flavour) {
		String alphabet = ";;;''\"`$$-/*#\\\n\r ()aEeb_19ngcd";
		for (int run = 0; run < RUNS; run++) {
			long seed = BASE_SEED + 7_000_000L + run * 13L + flavour.ordinal();
			Random random = new Random(seed);
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(60);
			for (int i = 0; i < length; i++) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			assertConsistent(text.toString(), SqlStatementSplitter.split(text.toString(), flavour),
					context(seed, flavour, text.toString()));
		}
	}

	/**
	 * Checks that the statements and separators, in order, with the stretches between them,
	 * reproduce the text character for character, and that each stretch between two separators
	 * holds at most one statement.
	 */
	private static void assertConsistent(String text, SqlSplit split, String context) {
		List<Integer> separators = split.separators();
		StringBuilder reassembled = new StringBuilder();
		int cursor = 0;
		int statementIndex = 0;
		for (int segment = 0; segment <= separators.size(); segment++) {
			int segmentEnd = (segment < separators.size()) ? separators.get(segment) : text.length();
			if (segmentEnd < cursor) {
				fail("separators out of order: %s%n%s", separators, context);
			}
			if (statementIndex < split.statements().size()
					&& split.statements().get(statementIndex).end() <= segmentEnd) {
				SqlStatement statement = split.statements().get(statementIndex++);
				assertThat(statement.start()).as("statement starts after the previous separator%n%s", context)
					.isGreaterThanOrEqualTo(cursor);
				assertThat(statement.sql()).as(context).isNotEmpty().isEqualTo(statement.sql().strip());
				assertThat(statement.line()).as(context).isEqualTo(lineOf(text, statement.start()));
				reassembled.append(text, cursor, statement.start()).append(statement.sql());
				cursor = statement.end();
			}
			reassembled.append(text, cursor, segmentEnd);
			if (segment < separators.size()) {
				assertThat(text.charAt(segmentEnd)).as(context).isEqualTo(';');
				reassembled.append(';');
				cursor = segmentEnd + 1;
			}
			else {
				cursor = segmentEnd;
			}
		}
		assertThat(statementIndex).as("every statement lies between two separators%n%s", context)
			.isEqualTo(split.statements().size());
		assertThat(reassembled.toString()).as(context).isEqualTo(text);
	}

	private static int lineOf(String text, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			char c = text.charAt(i);
			if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
				line++;
			}
		}
		return line;
	}

	private static String context(long seed, SqlFlavour flavour, String text) {
		return "seed " + seed + ", flavour " + flavour + ", input:\n" + javaString(text);
	}

	private static String javaString(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> out.append(c);
			}
		}
		return out.append('"').toString();
	}

	private static Generated generate(Random random, SqlFlavour flavour) {
		Fragments fragments = Fragments.of(flavour);
		StringBuilder text = new StringBuilder();
		List<Integer> separators = new ArrayList<>();
		List<SqlStatement> statements = new ArrayList<>();
		int count = random.nextInt(40);
		Kind previous = null;
		int firstCode = -1;
		int codeEnd = -1;
		for (int i = 0; i < count; i++) {
			Kind kind = pick(random);
			String fragment = switch (kind) {
				case SEPARATOR -> ";";
				case COMMENT -> pick(random, fragments.comments());
				case CODE -> (firstCode < 0 && random.nextInt(8) == 0 && fragments.statementStarts().length > 0)
						? pick(random, fragments.statementStarts()) : pick(random, fragments.code());
			};
			if (previous != null) {
				text.append((previous == Kind.SEPARATOR || kind == Kind.SEPARATOR) ? pick(random, SPACES_AROUND_SEPARATORS)
						: pick(random, SPACES));
			}
			int start = text.length();
			text.append(fragment);
			if (kind == Kind.SEPARATOR) {
				if (firstCode >= 0) {
					statements.add(statement(text, firstCode, codeEnd));
				}
				separators.add(start);
				firstCode = -1;
			}
			else if (kind == Kind.CODE) {
				firstCode = (firstCode < 0) ? start : firstCode;
				codeEnd = text.length();
			}
			previous = kind;
		}
		if (firstCode >= 0) {
			statements.add(statement(text, firstCode, codeEnd));
		}
		if (random.nextBoolean()) {
			text.append(pick(random, SPACES));
		}
		return new Generated(text.toString(), separators, statements);
	}

	private static SqlStatement statement(StringBuilder text, int start, int end) {
		return new SqlStatement(text.substring(start, end), lineOf(text.toString(), start), start, end);
	}

	private static Kind pick(Random random) {
		int roll = random.nextInt(10);
		return (roll < 5) ? Kind.CODE : (roll < 7) ? Kind.COMMENT : Kind.SEPARATOR;
	}

	private static String pick(Random random, String[] choices) {
		return choices[random.nextInt(choices.length)];
	}

	private enum Kind {

		CODE, COMMENT, SEPARATOR

	}

	private record Generated(String text, List<Integer> separators, List<SqlStatement> statements) {
	}

	/**
	 * The fragments of a flavour: statement text that holds no separator (however many
	 * {@code ;} it contains), comments, and statement text allowed only at a statement's start.
	 */
	private record Fragments(String[] code, String[] comments, String[] statementStarts) {

		private static final String[] COMMON_CODE = { "a", "tbl_1", "x9", "Ünïcode", "_", "a$b", "42", "3.14", "+", "*",
				"=", ",", "<>", ".", "-", "/", "f(x)", "(1, 2)", "'a;b'", "'it''s;'", "''", "'--;'", "'/*;'",
				"'line1\n;line2'", "'\"'", "\"a;b\"", "\"x\"\"y;\"", "/*+ hint; */", "N'n;'", "X'0A'" };

		private static final String[] COMMON_COMMENTS = { "-- c; 'x\n", "/* ; ' \" */", "--\n", "-- ;\n" };

		static Fragments of(SqlFlavour flavour) {
			return switch (flavour) {
				case POSTGRESQL -> new Fragments(
						concat(COMMON_CODE, "'C:\\'", "E'it\\'s;'", "e'\\\\'", "$$ ; ' \" $$", "$body$ x; $$ ; $b$ $body$",
								"$1", "x$$y", "U&'d\\0061t;'", "(INSERT INTO a VALUES (1); SELECT ';')", "#", "`"),
						concat(COMMON_COMMENTS, "/* a /* ; */ b; */", "/* $$ */"),
						new String[] { "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; "
								+ "SELECT CASE WHEN true THEN 1 END; END" });
				case MYSQL -> new Fragments(
						concat(COMMON_CODE, "'it\\'s;'", "'a\\\\'", "\"say \\\";\"", "`a;b`", "`x``;`", "/*!40101 SET x=1; */",
								"/*M!100100 SET y=2; */", "5--1", "$$", "E'x;'"),
						concat(COMMON_COMMENTS, "# ;'\n", "#\n", "/* a /* ; */"), new String[0]);
				case H2 -> new Fragments(concat(COMMON_CODE, "'C:\\'", "$$ return \"x;\"; $$", "`a;b`", "$1"),
						concat(COMMON_COMMENTS, "/* a /* ; */ b; */", "// ;'\n"), new String[0]);
				case ANSI -> new Fragments(concat(COMMON_CODE, "'C:\\'", "$", "#", "`"),
						concat(COMMON_COMMENTS, "/* a /* ; */ b; */"), new String[0]);
			};
		}

		private static String[] concat(String[] common, String... specific) {
			String[] all = new String[common.length + specific.length];
			System.arraycopy(common, 0, all, 0, common.length);
			System.arraycopy(specific, 0, all, common.length, specific.length);
			return all;
		}

	}

}
