/**
 * Browser tests: Playwright for Java drives Debian's Chromium headless through Tasklist, Cockpit
 * and the lab view of a Metalflow running on the embedded lab, as an operator would. They run only
 * with the Maven profile {@code browser} ({@code mvn verify -Pbrowser}); screenshots go to {@code
 * target/screenshots/}. Under {@code CI=true} a missing Chromium fails them; elsewhere they are
 * skipped.
 */
package io.metalflow.browser;
