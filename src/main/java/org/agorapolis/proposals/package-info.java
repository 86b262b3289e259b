/**
 * Proposals: submitted by members of an open assembly, supported by other members (one support
 * each, counted in the database), selected for the vote when they reach the assembly's
 * threshold, and moved through their statuses with the date of each change.
 */
package org.agorapolis.proposals;
