package dev.autocaption.store;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.h2.engine.SysProperties;

/**
 * The address H2's servers bind to in this JVM, which decides whether an embedded store may be shared with other
 * processes ({@code AUTO_SERVER}) without being reachable from the network.
 *
 * <p>H2 2.3 has one knob for it, the JVM system property {@code h2.bindAddress}, read once when H2's
 * {@link SysProperties} class loads; unset, H2 listens on every address of the machine. autocaption never sets system
 * properties itself: the {@code autocaption} launcher, the Docker image and the test JVMs start Java with
 * {@code -Dh2.bindAddress=127.0.0.1}. This type only reads what H2 will use.
 *
 * @param value the bind address, or null when H2 binds to every address
 */
record H2BindAddress(String value) {
    /** The system property H2 reads. */
    static final String PROPERTY = "h2.bindAddress";
    /** What the launcher sets it to. */
    static final String LOOPBACK = "127.0.0.1";

    /** What this JVM's H2 binds to. */
    static H2BindAddress ofThisJvm() {
        return new H2BindAddress(SysProperties.BIND_ADDRESS);
    }

    /** True when the address is a loopback address (127.0.0.0/8, ::1, or a name that resolves to one). */
    boolean isLoopback() {
        if (value == null || value.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(value.trim()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value == null || value.isBlank() ? "every address (" + PROPERTY + " unset)" : value;
    }
}
