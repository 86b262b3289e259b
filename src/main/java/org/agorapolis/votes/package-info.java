/**
 * Votes: ballots of an assembly in its voting phase, their counting methods (for/against/abstain,
 * majority judgment, approval), secret and public voting with receipts, results anyone can
 * recount from the published list of counted ballots, and the JSON API for mobile clients.
 */
package org.agorapolis.votes;
