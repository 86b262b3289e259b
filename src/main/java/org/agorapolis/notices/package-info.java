/**
 * What the application tells participants: notices in the app, and e-mail to those who opted in,
 * sent through the server's mail session from an outbox.
 */
package org.agorapolis.notices;
