package dev.migration.cli.scaffold;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A revision about to be written to a new file.
 *
 * @param id the revision id
 * @param downRevisions the revisions it follows: none for a base, several for a merge
 * @param branchLabels its branch labels
 * @param dependsOn the revisions or branch labels it depends on
 * @param message its message
 * @param created when it was created
 */
public record NewRevision(String id, List<String> downRevisions, List<String> branchLabels, List<String> dependsOn,
		String message, LocalDateTime created) {

	private static final DateTimeFormatter CREATE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyyMMdd_HHmm");

	public NewRevision {
		downRevisions = List.copyOf(downRevisions);
		branchLabels = List.copyOf(branchLabels);
		dependsOn = List.copyOf(dependsOn);
	}

	/**
	 * Returns the creation date as revision headers write it, {@code 2024-10-24 14:30:00}.
	 * @return the date
	 */
	public String createDate() {
		return CREATE_DATE.format(this.created);
	}

	/**
	 * Returns the file's base name, {@code {yyyyMMdd}_{HHmm}_{rev}_{slug}}, without extension.
	 * @return the base name
	 */
	public String baseName() {
		return FILE_DATE.format(this.created) + "_" + this.id + "_" + Slug.of(this.message);
	}

}
