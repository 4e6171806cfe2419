package dev.migrations.sample;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Reads and writes the tables the migrations created, through plain JdbcTemplate. */
@RestController
class UserController {

    private final JdbcTemplate jdbc;

    UserController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record NewUser(String email, String displayName) {}

    record NewOrganization(String name) {}

    record NewMembership(long userId, String role) {}

    @GetMapping("/users")
    List<Map<String, Object>> users() {
        return jdbc.queryForList("SELECT id, email, display_name FROM users ORDER BY id");
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> createUser(@RequestBody NewUser user) {
        jdbc.update("INSERT INTO users (email, display_name) VALUES (?, ?)", user.email(), user.displayName());
        return jdbc.queryForMap("SELECT id, email, display_name FROM users WHERE email = ?", user.email());
    }

    @GetMapping("/organizations")
    List<Map<String, Object>> organizations() {
        return jdbc.queryForList("SELECT o.id, o.name, COUNT(m.user_id) AS members FROM organizations o"
                + " LEFT JOIN memberships m ON m.organization_id = o.id GROUP BY o.id, o.name ORDER BY o.id");
    }

    @PostMapping("/organizations")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> createOrganization(@RequestBody NewOrganization organization) {
        jdbc.update("INSERT INTO organizations (name) VALUES (?)", organization.name());
        return jdbc.queryForMap("SELECT id, name FROM organizations WHERE name = ?", organization.name());
    }

    @PostMapping("/organizations/{id}/members")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> addMember(@PathVariable long id, @RequestBody NewMembership membership) {
        jdbc.update(
                "INSERT INTO memberships (organization_id, user_id, role) VALUES (?, ?, ?)",
                id,
                membership.userId(),
                membership.role());
        return Map.of("organizationId", id, "userId", membership.userId(), "role", membership.role());
    }
}
