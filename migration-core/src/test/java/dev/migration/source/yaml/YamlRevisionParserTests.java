package dev.migration.source.yaml;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import dev.migration.revision.Revision;
import dev.migration.source.RevisionFile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The header of YAML revisions, the files the parser reads, and checksums.
 */
class YamlRevisionParserTests {

	private final YamlRevisionParser parser = new YamlRevisionParser();

	@Test
	void readsYamlAndYmlFiles() {
		assertThat(this.parser.supports("20241024_1430_abc_x.yaml")).isTrue();
		assertThat(this.parser.supports("x.yml")).isTrue();
		assertThat(this.parser.supports("X.YAML")).isTrue();
		assertThat(this.parser.supports("x.sql")).isFalse();
		assertThat(this.parser.supports("yaml")).isFalse();
	}

	@Test
	void readsTheWholeHeader() {
		YamlRevisionScript script = YamlFiles.parse("""
				revision: ae1027a6acf
				down_revision: [a1, b2]
				branch_labels: [feature, other]
				depends_on: base_tables
				message: Merge heads
				create_date: 2024-10-24 14:30:00
				transactional: false
				upgrade: []
				""");
		assertThat(script.revision()).isEqualTo(new Revision("ae1027a6acf", java.util.List.of("a1", "b2"),
				java.util.List.of("feature", "other"), java.util.List.of("base_tables"), "Merge heads",
				"2024-10-24 14:30:00", YamlFiles.LOCATION));
		assertThat(script.transactional()).isFalse();
	}

	@Test
	void aRevisionIsTransactionalWithAnEmptyMessageByDefault() {
		YamlRevisionScript script = YamlFiles.parse("revision: a\ndown_revision: b\nupgrade: []\n");
		assertThat(script.transactional()).isTrue();
		assertThat(script.revision().message()).isEmpty();
		assertThat(script.revision().createDate()).isNull();
		assertThat(script.revision().downRevisions()).containsExactly("b");
		assertThat(script.revision().branchLabels()).isEmpty();
		assertThat(script.revision().dependsOn()).isEmpty();
	}

	@Test
	void aBaseIsWrittenNoneOrNull() {
		for (String base : new String[] { "none", "None", "'none'", "null", "~", "", "[]" }) {
			YamlRevisionScript script = YamlFiles.parse("revision: a\ndown_revision: " + base + "\nupgrade:\n");
			assertThat(script.revision().isBase()).as(base).isTrue();
		}
	}

	@Test
	void idsAreTakenAsWrittenNotAsYamlNumbers() {
		YamlRevisionScript script = YamlFiles.parse("revision: 0123\ndown_revision: 1e10\nupgrade: []\n");
		assertThat(script.revision().id()).isEqualTo("0123");
		assertThat(script.revision().downRevisions()).containsExactly("1e10");
	}

	@Test
	void classTagsInTheFileAreRefused() {
		assertThat(YamlFiles.problems("""
				revision: !!javax.script.ScriptEngineManager a
				down_revision: none
				upgrade: []
				""")).containsExactly(YamlFiles.LOCATION + ":1:11: malformed YAML: Global tag is not allowed: "
				+ "tag:yaml.org,2002:javax.script.ScriptEngineManager");
	}

	@Test
	void standardTagsAreReadAsWritten() {
		YamlRevisionScript script = YamlFiles.parse("revision: !!str 123\ndown_revision: none\nupgrade: []\n");
		assertThat(script.revision().id()).isEqualTo("123");
	}

	@Test
	void theChecksumIsTheSha256OfTheTextWithLfLineEndingsAndNoBom() throws Exception {
		String lf = "revision: a\ndown_revision: none\nupgrade: []\n";
		String expected = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(lf.getBytes(StandardCharsets.UTF_8)));
		assertThat(checksum(lf)).isEqualTo(expected).hasSize(64).isLowerCase();
		assertThat(checksum(lf.replace("\n", "\r\n"))).isEqualTo(expected);
		assertThat(checksum("\uFEFF" + lf)).isEqualTo(expected);
		assertThat(checksum(lf + "# changed\n")).isNotEqualTo(expected);
	}

	@Test
	void aFileWithCrlfLineEndingsAndABomReportsTheSameLines() {
		YamlRevisionScript script = YamlFiles
			.parse("\uFEFFrevision: a\r\ndown_revision: none\r\nupgrade:\r\n  - execute: SELECT 1\r\n");
		assertThat(script.upgradeOperations()).extracting(LocatedOperation::line).containsExactly(4);
	}

	private String checksum(String content) {
		return this.parser.parse(new RevisionFile("filesystem:r.yaml", "r.yaml", content)).checksum();
	}

}
