package dev.autocaption.store;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContext;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContextProvider;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;

/** One run of a {@link StoreTest} class per {@link StoreBackend}, named after it. */
final class StoreBackends implements ClassTemplateInvocationContextProvider {
    @Override
    public boolean supportsClassTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<ClassTemplateInvocationContext> provideClassTemplateInvocationContexts(ExtensionContext context) {
        return Arrays.stream(StoreBackend.values()).map(StoreBackends::on);
    }

    private static ClassTemplateInvocationContext on(StoreBackend backend) {
        return new ClassTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return "on " + backend.displayName();
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(new StoreExtension(backend));
            }
        };
    }
}
