package cn.jiyuan.mediation.platform.logging;

import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

import ch.qos.logback.classic.spi.IThrowableProxy;

import cn.jiyuan.mediation.cases.PersonalDataMasking;

/** Stack traces with phone and ID numbers in their messages masked (see {@link MaskedMessageConverter}). */
public class MaskedThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy proxy) {
        return PersonalDataMasking.text(super.throwableProxyToString(proxy));
    }
}
