/** Test support shared by the tests of every module (published as the config module's test jar). */
package dev.autocaption.testing;
