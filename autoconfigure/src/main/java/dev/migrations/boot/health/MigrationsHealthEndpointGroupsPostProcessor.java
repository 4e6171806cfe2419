package dev.migrations.boot.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.EndpointId;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.web.AdditionalPathsMapper;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.health.actuate.endpoint.AdditionalHealthEndpointPath;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.actuate.endpoint.StatusAggregator;
import org.springframework.boot.health.contributor.Status;

/**
 * Makes {@link MigrationsHealthIndicator#NOT_READY} count as {@code OUT_OF_SERVICE} in every health group except the
 * liveness group, so that a group such as readiness that includes the {@code migrations} indicator answers 503 while
 * the schema is not ready. The primary group ({@code /actuator/health}) and liveness keep Spring Boot's status order,
 * which ignores {@code NOT_READY}: a schema state never makes an orchestrator restart the application.
 *
 * @since 0.1.0
 */
public class MigrationsHealthEndpointGroupsPostProcessor implements HealthEndpointGroupsPostProcessor {

    /** The group that decides whether the application is restarted; schema state never counts there. */
    static final String LIVENESS = "liveness";

    @Override
    public HealthEndpointGroups postProcessHealthEndpointGroups(HealthEndpointGroups groups) {
        return new Groups(groups);
    }

    private static final class Groups implements HealthEndpointGroups, AdditionalPathsMapper {

        private final HealthEndpointGroups delegate;

        private final Map<String, HealthEndpointGroup> groups = new LinkedHashMap<>();

        Groups(HealthEndpointGroups delegate) {
            this.delegate = delegate;
            for (String name : delegate.getNames()) {
                HealthEndpointGroup group = delegate.get(name);
                if (group != null) {
                    this.groups.put(name, name.equals(LIVENESS) ? group : new NotReadyIsOutOfService(group));
                }
            }
        }

        @Override
        public HealthEndpointGroup getPrimary() {
            return this.delegate.getPrimary();
        }

        @Override
        public Set<String> getNames() {
            return this.groups.keySet();
        }

        @Override
        public @Nullable HealthEndpointGroup get(String name) {
            return this.groups.get(name);
        }

        @Override
        public @Nullable List<String> getAdditionalPaths(EndpointId endpointId, WebServerNamespace webServerNamespace) {
            return (this.delegate instanceof AdditionalPathsMapper mapper)
                    ? mapper.getAdditionalPaths(endpointId, webServerNamespace)
                    : null;
        }
    }

    private static final class NotReadyIsOutOfService implements HealthEndpointGroup {

        private final HealthEndpointGroup delegate;

        private final StatusAggregator aggregator;

        NotReadyIsOutOfService(HealthEndpointGroup delegate) {
            this.delegate = delegate;
            StatusAggregator original = delegate.getStatusAggregator();
            this.aggregator = (statuses) -> original.getAggregateStatus(statuses.stream()
                    .map((status) -> status.getCode().equals(MigrationsHealthIndicator.NOT_READY.getCode())
                            ? Status.OUT_OF_SERVICE
                            : status)
                    .collect(java.util.stream.Collectors.toSet()));
        }

        @Override
        public boolean isMember(String name) {
            return this.delegate.isMember(name);
        }

        @Override
        public boolean showComponents(SecurityContext securityContext) {
            return this.delegate.showComponents(securityContext);
        }

        @Override
        public boolean showDetails(SecurityContext securityContext) {
            return this.delegate.showDetails(securityContext);
        }

        @Override
        public StatusAggregator getStatusAggregator() {
            return this.aggregator;
        }

        @Override
        public HttpCodeStatusMapper getHttpCodeStatusMapper() {
            return this.delegate.getHttpCodeStatusMapper();
        }

        @Override
        public @Nullable AdditionalHealthEndpointPath getAdditionalPath() {
            return this.delegate.getAdditionalPath();
        }
    }
}
