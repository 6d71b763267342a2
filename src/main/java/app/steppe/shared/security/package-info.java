/** The authenticated principal shared by all modules. */
package app.steppe.shared.security;
