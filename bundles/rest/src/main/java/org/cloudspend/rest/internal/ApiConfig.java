package org.cloudspend.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "cloudspend HTTP API", description = "Who may use /cloudspend/api: the users of a Karaf"
        + " JAAS realm holding cloudspend-viewer, cloudspend-admin or cloudspend-customer roles")
@interface ApiConfig {

    @AttributeDefinition(name = "JAAS realm", description = "The realm users log in against (the shell's: karaf)")
    String realm() default "karaf";

    @AttributeDefinition(name = "Login remembered (seconds)", description = "How long a successful login is"
            + " remembered before the realm is asked again; a changed password or role counts after this")
    int loginRememberedSeconds() default 60;
}
