package vn.ngayhoi.shared.files;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The one file store of the application, as configured (see {@link FileStores}). */
@Configuration(proxyBeanMethods = false)
class FileStoreConfiguration {

    @Bean
    FileStore fileStore(Environment env) {
        return FileStores.fromProperties(env);
    }
}
