package dev.autocaption.store;

import dev.autocaption.testing.TestPlatforms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.autocaption.config.Secret;
import dev.autocaption.config.StoreConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated user and password of an embedded store, instead of H2's empty default. */
class StoreLoginTest {
    @TempDir
    Path dir;

    @Test
    void newStoreIsCreatedWithAGeneratedLoginThatTheEmptyLoginCannotUse() throws Exception {
        Database.open(store("new")).close();

        StoreLogin login = savedLogin("new");
        assertThat(login.user()).isEqualTo("AUTOCAPTION");
        assertThat(login.password().reveal()).matches("[A-Za-z0-9_-]{43}");
        assertThat(errorCodeOfEmptyLogin("new")).isEqualTo(ErrorCode.WRONG_USER_OR_PASSWORD);
        connect("new", login).close();
    }

    @Test
    void everyNewStoreGetsItsOwnPassword() {
        Database.open(store("one")).close();
        Database.open(store("two")).close();

        assertThat(savedLogin("one").password()).isNotEqualTo(savedLogin("two").password());
    }

    @Test
    void storeOpensAgainWithItsSavedLogin() throws Exception {
        try (Database database = Database.open(store("again"))) {
            database.useTransaction(tx -> tx.accounts().upsert("flickr-main", TestPlatforms.FLICKR));
        }
        String saved = Files.readString(loginFile("again"));

        try (Database database = Database.open(store("again"))) {
            Optional<Account> account = database.inTransaction(tx -> tx.accounts().find("flickr-main"));
            assertThat(account).isPresent();
        }
        assertThat(Files.readString(loginFile("again"))).isEqualTo(saved);
    }

    @Test
    void storeMadeWithTheEmptyLoginGetsAGeneratedOneAtItsNextOpen() throws Exception {
        legacyStore("old");

        try (Database database = Database.open(store("old"))) {
            Optional<Account> account = database.inTransaction(tx -> tx.accounts().find("flickr-main"));
            assertThat(account).isPresent();
        }
        assertThat(errorCodeOfEmptyLogin("old")).isEqualTo(ErrorCode.WRONG_USER_OR_PASSWORD);
        connect("old", savedLogin("old")).close();
    }

    @Test
    void loginSavedJustBeforeACrashIsGivenToTheStoreAtTheNextOpen() throws Exception {
        legacyStore("crashed");
        StoreLogin written = StoreLogin.generate(new SecureRandom());
        new LoginFile(loginFile("crashed")).write(written);

        Database.open(store("crashed")).close();

        assertThat(savedLogin("crashed")).isEqualTo(written);
        assertThat(errorCodeOfEmptyLogin("crashed")).isEqualTo(ErrorCode.WRONG_USER_OR_PASSWORD);
        connect("crashed", written).close();
    }

    @Test
    void storeWithAPasswordButNoLoginFileSaysHowToRecover() throws Exception {
        Database.open(store("lost")).close();
        Files.delete(loginFile("lost"));

        assertThatThrownBy(() -> Database.open(store("lost")))
                .isInstanceOf(StoreException.class)
                .hasMessage("the store " + url("lost") + ";AUTO_SERVER=TRUE has a password, but there is no login file "
                        + loginFile("lost") + ": restore that file from a backup of the data directory, or give the"
                        + " store's USER and PASSWORD in store.url");
    }

    @Test
    void loginFileOfAnotherStoreIsRefusedWithoutChangingEither() throws Exception {
        Database.open(store("mine")).close();
        Database.open(store("other")).close();
        StoreLogin mine = savedLogin("mine");
        Files.copy(loginFile("other"), loginFile("mine"), StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> Database.open(store("mine")))
                .isInstanceOf(StoreException.class)
                .hasMessage("the store " + url("mine") + ";AUTO_SERVER=TRUE rejects the login in " + loginFile("mine")
                        + ", which belongs to another store: restore that file from a backup of the data directory,"
                        + " or give the store's USER and PASSWORD in store.url");
        assertThat(savedLogin("mine")).isEqualTo(savedLogin("other"));
        connect("mine", mine).close();
        connect("other", savedLogin("other")).close();
    }

    @Test
    void loginFileWithoutAPasswordIsRefusedNamingTheMissingKey() throws Exception {
        Files.createDirectories(dir);
        Files.writeString(loginFile("half"), "user=AUTOCAPTION\n");

        assertThatThrownBy(() -> Database.open(store("half")))
                .isInstanceOf(StoreException.class)
                .hasMessage("the store's login file " + loginFile("half") + " must hold 'user' and 'password',"
                        + " missing: password; restore the file from a backup of the data directory");
    }

    @Test
    void urlThatNamesItsOwnLoginIsUsedAsGivenAndNoLoginFileIsWritten() throws Exception {
        StoreConfig own = new StoreConfig(url("own") + ";USER=ann;PASSWORD=hunter2");

        try (Database database = Database.open(own)) {
            assertThat(database.url()).endsWith(";USER=ann;PASSWORD=***;AUTO_SERVER=TRUE");
        }

        assertThat(loginFile("own")).doesNotExist();
        connect("own", new StoreLogin("ann", Secret.of("hunter2"))).close();
    }

    @Test
    void inMemoryAndServerStoresHaveNoFilesToManage() {
        assertThat(StoreFiles.of(new JdbcUrl("jdbc:h2:mem:x"))).isEmpty();
        assertThat(StoreFiles.of(new JdbcUrl("jdbc:h2:tcp://127.0.0.1/x"))).isEmpty();
    }

    @Test
    void generatedPasswordAppearsInNoPrintedNameOrMessage() throws Exception {
        Database.open(store("other")).close();
        String printed;
        try (Database database = Database.open(store("quiet"))) {
            printed = database + " " + database.url() + " " + database.dataSource() + " " + savedLogin("quiet");
        }
        String password = savedLogin("quiet").password().reveal();
        Files.copy(loginFile("quiet"), loginFile("other"), StandardCopyOption.REPLACE_EXISTING);

        Throwable refused = catchThrowable(() -> Database.open(store("other")));

        assertThat(printed).doesNotContain(password).contains(Secret.MASK);
        assertThat(refused).isInstanceOf(StoreException.class);
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            assertThat(String.valueOf(cause.getMessage())).doesNotContain(password);
        }
    }

    private void legacyStore(String name) throws Exception {
        try (Database database = openWithoutLoginManagement(name)) {
            database.useTransaction(tx -> tx.accounts().upsert("flickr-main", TestPlatforms.FLICKR));
        }
        Files.deleteIfExists(loginFile(name));
        assertThat(errorCodeOfEmptyLogin(name)).isZero();
    }

    /** Flyway-migrates the store through a URL that names H2's empty login, as versions before logins did. */
    private Database openWithoutLoginManagement(String name) {
        return Database.open(new StoreConfig(url(name) + ";USER=;PASSWORD="));
    }

    private int errorCodeOfEmptyLogin(String name) {
        try (Connection connection = DriverManager.getConnection(url(name), "", "")) {
            return 0;
        } catch (SQLException e) {
            return e.getErrorCode();
        }
    }

    private Connection connect(String name, StoreLogin login) throws SQLException {
        return DriverManager.getConnection(url(name), login.user(), login.password().reveal());
    }

    private StoreLogin savedLogin(String name) {
        return new LoginFile(loginFile(name)).read().orElseThrow();
    }

    private Path loginFile(String name) {
        return dir.resolve(name + ".login");
    }

    private String url(String name) {
        return "jdbc:h2:file:" + dir.resolve(name);
    }

    private StoreConfig store(String name) {
        return new StoreConfig(url(name));
    }
}
