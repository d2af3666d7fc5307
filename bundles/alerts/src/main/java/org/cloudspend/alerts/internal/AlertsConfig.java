package org.cloudspend.alerts.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "cloudspend alerts",
        description = "How budget alerts reach the platform besides cloudspend's own Event Admin topics.")
@interface AlertsConfig {

    @AttributeDefinition(name = "Karaf Decanter's convention",
            description = "Also post every alert as Karaf Decanter's checker does (topic decanter/alert/<level> with"
                    + " alertLevel, alertAttribute, alertPattern, alertBackToNormal, type, timestamp), so that a"
                    + " server with Decanter delivers it through its alerters without any glue.")
    boolean decanter_alerts() default false;
}
