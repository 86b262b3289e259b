/**
 * The kernel every feature may use: security identity, Faces helpers, schema migration and
 * readiness checks. It owns no business rule of its own.
 */
package org.agorapolis.shared;
