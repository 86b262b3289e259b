/**
 * Debates: threaded comments on an assembly or on one of its proposals, in plain text. Authors
 * edit their comment for 15 minutes and delete it into a tombstone that keeps replies in place.
 */
package org.agorapolis.debates;
