/**
 * Viral invitations: each member of an assembly holds a quota of invitations and a personal link
 * they share through their own channels; redeeming it brings a new member in and records who
 * invited whom, by which channel, at which generation. Consent-safe: the platform never writes to
 * an address its owner did not give it.
 */
package org.agorapolis.invitations;
