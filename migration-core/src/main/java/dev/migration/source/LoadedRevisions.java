package dev.migration.source;

import java.util.List;

import dev.migration.script.RevisionScript;

/**
 * The revisions a {@link RevisionLoader} loaded.
 *
 * @param scripts the revision scripts, in load order
 * @param missingLocations the locations that do not exist (nothing was found under them), for
 * the caller to warn about or refuse
 */
public record LoadedRevisions(List<RevisionScript> scripts, List<Location> missingLocations) {

	public LoadedRevisions {
		scripts = List.copyOf(scripts);
		missingLocations = List.copyOf(missingLocations);
	}

}
