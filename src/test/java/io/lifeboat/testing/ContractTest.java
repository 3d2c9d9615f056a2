package io.lifeboat.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that drives the real SDK clients against a Moto server. Such classes are named
 * {@code *ContractTest}; without Moto installed they are skipped with a message saying how to get
 * it, except where {@code LIFEBOAT_REQUIRE_MOTO=1} (CI), where they fail instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("contract")
@ExtendWith(MotoExtension.class)
public @interface ContractTest {
}
