/**
 * Participants: people known to the platform, keyed by the identity provider's issuer and subject.
 * A participant row is created at the first sign-in and refreshed at each later one.
 */
package org.agorapolis.participants;
