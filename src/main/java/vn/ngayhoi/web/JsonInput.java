package vn.ngayhoi.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
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
        module.addDeserializer(java.time.OffsetDateTime.class, new LocalOrOffsetDateTimes());
        // Enum names are text too, and Jackson may read "VIEWER\u0000" leniently as a known name.
        module.setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyEnumDeserializer(
                    DeserializationConfig config,
                    JavaType type,
                    BeanDescription.Supplier description,
                    ValueDeserializer<?> deserializer) {
                return new CheckedEnums(deserializer);
            }
        });
        return builder -> builder.addModule(module);
    }

    static final class CheckedEnums extends DelegatingDeserializer {

        CheckedEnums(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new CheckedEnums(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() == JsonToken.VALUE_STRING && Texts.hasControlCharacters(p.getString())) {
                throw InputFilter.refused(CheckedStrings.field(p));
            }
            return _delegatee.deserialize(p, ctxt);
        }
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
        static String field(JsonParser p) {
            for (TokenStreamContext c = p.streamReadContext(); c != null; c = c.getParent()) {
                if (c.currentName() != null) {
                    return c.currentName();
                }
            }
            return "body";
        }
    }

    /**
     * A date-time with an offset, or without one as a local time of Asia/Ho_Chi_Minh (what a person in
     * Vietnam types); anything else is refused with its field named instead of "Yêu cầu không hợp lệ".
     */
    static final class LocalOrOffsetDateTimes extends ValueDeserializer<java.time.OffsetDateTime> {

        @Override
        public java.time.OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) {
            String field = CheckedStrings.field(p);
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw vn.ngayhoi.shared.ValidationException.of(field, "input.dateTime", field);
            }
            java.time.OffsetDateTime parsed =
                    vn.ngayhoi.shared.web.ApiList.dateTime(p.getString().strip());
            if (parsed == null) {
                throw vn.ngayhoi.shared.ValidationException.of(field, "input.dateTime", field);
            }
            vn.ngayhoi.shared.Bounds.year(field, parsed.getYear());
            return parsed;
        }
    }
}
