package vn.ngayhoi.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import vn.ngayhoi.shared.Texts;

/**
 * JSON bodies follow the rule {@link InputFilter} applies to parameters: a text value with a control
 * character is refused with its field named, before a command is built from it.
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

    @Bean
    JsonMapperBuilderCustomizer refuseControlCharacters() {
        SimpleModule module = new SimpleModule("ngayhoi-text-input");
        module.addDeserializer(String.class, new CheckedStrings());
        return builder -> builder.addModule(module);
    }

    /** Jackson's own string reading, then the check; collections and maps of text use it too. */
    static final class CheckedStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = super.deserialize(p, ctxt);
            if (Texts.hasControlCharacters(text)) {
                throw InputFilter.refused(field(p));
            }
            return text;
        }

        /** The nearest named field: an item of a list is named by the list. */
        private static String field(JsonParser p) {
            for (TokenStreamContext c = p.streamReadContext(); c != null; c = c.getParent()) {
                if (c.currentName() != null) {
                    return c.currentName();
                }
            }
            return "body";
        }
    }
}
