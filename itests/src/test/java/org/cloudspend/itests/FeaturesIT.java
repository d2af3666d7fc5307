package org.cloudspend.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.cloudspend.api.tags.TagNormalizer;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class FeaturesIT extends CloudspendTestSupport {

    private static final List<String> FEATURES = List.of("cloudspend-aws-sdk", "cloudspend-api", "cloudspend-tags", "cloudspend-cur",
            "cloudspend-duckdb-driver", "cloudspend-store", "cloudspend-credentials", "cloudspend-accounts",
            "cloudspend-ingest",
            "cloudspend-msp", "cloudspend-alerts", "cloudspend-http-carried", "cloudspend-rest", "cloudspend-web",
            "cloudspend");

    @Test
    public void everyFeatureInstallsAndItsBundlesStart() throws Exception {
        for (String feature : FEATURES) {
            install(feature);
        }
        URI repository = URI.create("mvn:org.cloudspend/cloudspend-features/" + VERSION + "/xml/features");
        assertEquals("every feature of the repository is tested", FEATURES.size(),
                featuresService.getRepository(repository).getFeatures().length);

        List<String> cloudspendBundles = new ArrayList<>();
        for (Bundle bundle : bundleContext.getBundles()) {
            String name = bundle.getSymbolicName();
            if (name.startsWith("cloudspend-") || name.startsWith("software.amazon.awssdk.")) {
                assertEquals(name + " is active", Bundle.ACTIVE, bundle.getState());
                cloudspendBundles.add(name);
            }
        }
        // the shell bundle comes with the api feature wherever Karaf's shell is installed
        assertTrue(cloudspendBundles.toString(), cloudspendBundles.containsAll(
                List.of("cloudspend-api", "cloudspend-tags", "cloudspend-cur", "cloudspend-store", "cloudspend-shell",
                        "cloudspend-credentials", "cloudspend-accounts", "cloudspend-ingest", "cloudspend-msp",
                        "cloudspend-alerts", "cloudspend-rest", "cloudspend-web", "software.amazon.awssdk.s3",
                        "software.amazon.awssdk.sts", "software.amazon.awssdk.url-connection-client")));
    }

    @Test
    public void everyComponentIsSatisfiedAndPublishesItsService() throws Exception {
        install("cloudspend");
        ServiceReference<ServiceComponentRuntime> scrReference =
                bundleContext.getServiceReference(ServiceComponentRuntime.class);
        assertNotNull("the DS runtime came with the features", scrReference);
        ServiceComponentRuntime scr = bundleContext.getService(scrReference);

        Collection<ComponentDescriptionDTO> components = new ArrayList<>();
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs()) {
            if (description.bundle.symbolicName.startsWith("cloudspend-")) {
                components.add(description);
                assertTrue(description.name + " is enabled", scr.isComponentEnabled(description));
                Collection<ComponentConfigurationDTO> configurations = scr.getComponentConfigurationDTOs(description);
                // a component made per factory configuration (an account declared in a file) waits for one
                boolean perConfiguration = "require".equals(description.configurationPolicy);
                assertFalse(description.name + " has a configuration", configurations.isEmpty() && !perConfiguration);
                for (ComponentConfigurationDTO configuration : configurations) {
                    assertTrue(description.name + " is satisfied or active, not " + configuration.state,
                            configuration.state == ComponentConfigurationDTO.SATISFIED
                                    || configuration.state == ComponentConfigurationDTO.ACTIVE);
                    // what works by itself (timers, MBeans) must run without waiting for a first caller or event
                    if (description.immediate) {
                        assertEquals(description.name + " runs", ComponentConfigurationDTO.ACTIVE,
                                configuration.state);
                    }
                }
            }
        }
        assertFalse("cloudspend's bundles declare components", components.isEmpty());
        // (no lambda over the DTOs: its method would name a DS runtime class before the features bring it)
        List<String> immediate = new ArrayList<>();
        for (ComponentDescriptionDTO description : components) {
            if (description.immediate) {
                immediate.add(description.name);
            }
        }
        assertTrue(immediate.toString(), immediate.containsAll(List.of("org.cloudspend.alerts.internal.AlertSchedule",
                "org.cloudspend.alerts.internal.CostMetrics")));

        TagNormalizer normalizer = bundleContext.getService(bundleContext.getServiceReference(TagNormalizer.class));
        assertEquals("created_by", normalizer.fromOriginalKey("CreatedBy").canonical());
        assertEquals("aws_autoscaling_group_name",
                normalizer.fromLegacyParquetColumn("resource_tags_aws_autoscaling_group_name").canonical());
    }

    /** The SDK arrives as wrap: bundles that import everything optionally: only a real call proves they are wired. */
    @Test
    public void theAwsSdkSignsAndCallsFromInsideKaraf() throws Exception {
        install("cloudspend-aws-sdk");
        assertEquals(List.of(StsStub.ACCOUNT, StsStub.ARN),
                SdkCall.callerIdentity(System.getProperty("cloudspend.itest.sts")));
    }
}
