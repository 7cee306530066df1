package vn.congdoan.taphuan.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * An integration test with the whole application on a real database of its own: each test
 * class gets a fresh context and database (so classes never see each other's data) and
 * the fixed clock of {@link TestClock}. The database is an H2 file, or a database on the
 * test PostgreSQL server when the tests run on PostgreSQL ({@link TestDatabase}); a test
 * that cannot run there is marked {@link H2Only}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
@Import(TestClock.Configuration.class)
public @interface TaphuanIntegrationTest {

}
