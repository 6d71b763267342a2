/** Home page composition, error mapping and other web support shared by all modules. */
package app.steppe.shared.web;
