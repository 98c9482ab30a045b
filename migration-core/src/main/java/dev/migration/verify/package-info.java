/**
 * Round-trip verification: every revision, on a scratch database, upgraded, downgraded and
 * upgraded again, with the schema captured at each point, so that a downgrade that does not
 * restore what was there before shows up as a readable schema diff before it ships.
 * {@link dev.migration.verify.RoundTripVerifier} does it;
 * {@link dev.migration.verify.ScratchSchema} makes a throw-away schema to do it in.
 */
@NullMarked
package dev.migration.verify;

import org.jspecify.annotations.NullMarked;
