package dev.migration.dialect;

import java.nio.charset.StandardCharsets;

/**
 * Stable numeric keys for named locks (64-bit FNV-1a), for databases whose locks take numbers.
 */
final class LockKeys {

	private LockKeys() {
	}

	static long key(String name) {
		long hash = 0xcbf29ce484222325L;
		for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
			hash ^= (b & 0xff);
			hash *= 0x100000001b3L;
		}
		return hash;
	}

}
