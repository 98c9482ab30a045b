package dev.migration.operation;

import java.util.Objects;
import java.util.Optional;

/**
 * The inverse of an operation, Alembic's {@code reverse()}: the operation that undoes it, or the
 * reason none is known. YAML revisions without a {@code downgrade:} section derive their
 * downgrade from these; Java revisions can call {@link #orElseThrow()}.
 */
public sealed interface Inverse permits Inverse.Reversed, Inverse.Irreversible {

	/**
	 * Returns the inverse of any operation: what a {@link Reversible} operation answers, and
	 * {@link Irreversible} for {@link Execute} and for operations that do not know their inverse.
	 * @param operation the operation
	 * @return its inverse
	 */
	static Inverse of(Operation operation) {
		if (operation instanceof Reversible reversible) {
			return reversible.reverse();
		}
		if (operation instanceof Execute) {
			return irreversible("execute runs raw SQL, which has no automatic inverse");
		}
		return irreversible(operation.name() + " does not know its inverse");
	}

	/**
	 * Returns an inverse that is the given operation.
	 * @param operation the operation that undoes the original
	 * @return the inverse
	 */
	static Inverse reversed(Operation operation) {
		return new Reversed(operation);
	}

	/**
	 * Returns the answer for an operation with no known inverse.
	 * @param reason why, and what the user can do, in a sentence without a final period
	 * @return the answer
	 */
	static Inverse irreversible(String reason) {
		return new Irreversible(reason);
	}

	/**
	 * Returns the inverse operation, if there is one.
	 * @return the operation, or empty
	 */
	Optional<Operation> toOptional();

	/**
	 * Returns the inverse operation.
	 * @return the operation
	 * @throws IrreversibleOperationException if there is none, with the reason
	 */
	Operation orElseThrow();

	/**
	 * The operation has an inverse.
	 *
	 * @param operation the operation that undoes the original
	 */
	record Reversed(Operation operation) implements Inverse {

		public Reversed {
			Objects.requireNonNull(operation, "operation");
		}

		@Override
		public Optional<Operation> toOptional() {
			return Optional.of(this.operation);
		}

		@Override
		public Operation orElseThrow() {
			return this.operation;
		}

	}

	/**
	 * The operation has no known inverse.
	 *
	 * @param reason why, and what the user can do
	 */
	record Irreversible(String reason) implements Inverse {

		public Irreversible {
			Objects.requireNonNull(reason, "reason");
		}

		@Override
		public Optional<Operation> toOptional() {
			return Optional.empty();
		}

		@Override
		public Operation orElseThrow() {
			throw new IrreversibleOperationException(this.reason);
		}

	}

}
