package cn.jiyuan.mediation.platform.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

import cn.jiyuan.mediation.cases.PersonalDataMasking;

/**
 * The log message with phone and ID numbers masked, whoever logs it: the engine and the frameworks log what users
 * typed (an id that is in fact a phone number, a failed value) and no log line may carry personal data.
 */
public class MaskedMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return PersonalDataMasking.text(super.convert(event));
    }
}
