/**
 * Moderation and administration: the views under {@code /admin/} for moderators and
 * administrators.
 */
package org.agorapolis.moderation;
