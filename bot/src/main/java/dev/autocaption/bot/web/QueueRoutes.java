package dev.autocaption.bot.web;

import dev.autocaption.bot.approval.Approval;
import dev.autocaption.bot.approval.ApprovalWorkflow;
import dev.autocaption.bot.approval.DecisionWords;
import dev.autocaption.bot.approval.SeenState;
import dev.autocaption.store.DecisionSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /queue}, {@code POST /queue/decide} (one photo: approve a candidate, edit, reject) and {@code POST
 * /queue/bulk} (the selected photos: approve candidate 1 or reject). Every decision goes through the {@link
 * ApprovalWorkflow} with source {@code web} and what the page showed, so a photo decided meanwhile is refused with
 * what happened; an approval asks for the account's cycle at once, which posts it.
 */
final class QueueRoutes {
    static final int LIMIT = 200;

    private final Site site;
    private final Access access;
    private final Notices notices;

    QueueRoutes(Site site, Access access, Notices notices) {
        this.site = site;
        this.access = access;
        this.notices = notices;
    }

    void register(Router router) {
        router.get("/", exchange -> exchange.redirect("/queue"));
        router.get("/queue", this::show);
        router.post("/queue/decide", this::decide);
        router.post("/queue/bulk", this::bulk);
    }

    private void show(Exchange exchange) throws IOException {
        String account = exchange.query("account");
        List<ReviewQueue.Item> items = ReviewQueue.read(site.database(), account, LIMIT);
        exchange.html(200, new QueueView(site.thumbnails(), access.csrf()).render(items, account,
                notices.get(exchange.query("notice"))));
    }

    private void decide(Exchange exchange) throws IOException {
        String key = required(exchange, "photo");
        SeenState seen = seen(required(exchange, "seen"));
        String action = required(exchange, "action");
        Approval approval = switch (action) {
            case "approve" -> Approval.approve(accountOf(key), photoOf(key), rank(exchange.form("rank")));
            case "reject" -> Approval.reject(accountOf(key), photoOf(key));
            case "edit" -> edit(key, exchange.form("text"));
            default -> throw new BadRequest(400, "action: must be approve, edit or reject, was " + action);
        };
        ApprovalWorkflow.Outcome outcome = apply(approval, seen);
        finish(exchange, List.of(line(approval, outcome)), outcome.result() != ApprovalWorkflow.Result.APPLIED);
    }

    private void bulk(Exchange exchange) throws IOException {
        boolean approve = "approve".equals(exchange.form("action"));
        List<String> selected = exchange.formValues("item");
        if (selected.isEmpty()) {
            finish(exchange, List.of("select photos first (the box beside each key, or x)"), true);
            return;
        }
        List<String> lines = new ArrayList<>();
        boolean trouble = false;
        for (String item : selected) {
            String[] parts = item.split(" ", 2);
            if (parts.length != 2) {
                throw new BadRequest(400, "item: must be \"<account>/<photo> <seen>\", was " + item);
            }
            Approval approval = approve ? Approval.approve(accountOf(parts[0]), photoOf(parts[0]), 1)
                    : Approval.reject(accountOf(parts[0]), photoOf(parts[0]));
            ApprovalWorkflow.Outcome outcome = apply(approval, seen(parts[1]));
            trouble |= outcome.result() != ApprovalWorkflow.Result.APPLIED;
            lines.add(line(approval, outcome));
        }
        finish(exchange, lines, trouble);
    }

    private ApprovalWorkflow.Outcome apply(Approval approval, SeenState seen) {
        ApprovalWorkflow.Outcome outcome = site.decisions().apply(approval, DecisionSource.WEB, seen);
        if (outcome.result() == ApprovalWorkflow.Result.APPLIED && approval.action() != Approval.Action.REJECT) {
            site.runSoon().accept(approval.accountId());
        }
        return outcome;
    }

    private static String line(Approval approval, ApprovalWorkflow.Outcome outcome) {
        return switch (outcome.result()) {
            case APPLIED -> outcome.message() + (approval.action() == Approval.Action.REJECT ? ""
                    : "; posting it in a cycle of " + approval.accountId() + " that starts now");
            case NOT_YET -> "not yet: " + outcome.message();
            case REFUSED -> "refused: " + outcome.message();
        };
    }

    private void finish(Exchange exchange, List<String> lines, boolean trouble) throws IOException {
        String account = exchange.form("account");
        exchange.redirect("/queue?" + (account == null ? "" : "account=" + Html.query(account) + "&") + "notice="
                + notices.add(lines, trouble));
    }

    private static Approval edit(String key, String text) {
        String problem = DecisionWords.editProblem(text);
        if (problem != null) {
            throw new BadRequest(400, key + ": " + problem + "; nothing was decided");
        }
        return Approval.edit(accountOf(key), photoOf(key), text);
    }

    private static String required(Exchange exchange, String field) throws IOException {
        String value = exchange.form(field);
        if (value == null) {
            throw new BadRequest(400, field + ": missing from the form");
        }
        return value;
    }

    private static SeenState seen(String token) {
        try {
            return SeenState.parse(token);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(400, "seen: " + e.getMessage());
        }
    }

    private static int rank(String value) {
        try {
            int rank = Integer.parseInt(value == null ? "1" : value);
            if (rank >= 1) {
                return rank;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadRequest(400, "rank: must be a candidate number, 1 or more, was " + value);
    }

    private static String accountOf(String key) {
        int slash = key.indexOf('/');
        if (slash <= 0 || slash == key.length() - 1) {
            throw new BadRequest(400, "photo: must be <account>/<photo id>, was " + key);
        }
        return key.substring(0, slash);
    }

    private static String photoOf(String key) {
        accountOf(key);
        return key.substring(key.indexOf('/') + 1);
    }
}
