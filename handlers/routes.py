"""The route table, one block per face."""

from __future__ import annotations

from urllib.parse import urlsplit

from aiohttp import web

from feedback.inbox import INBOX_ROLES
from handlers import keys, ops
from handlers.console import setup_console
from handlers.h5 import certificate as grid_card
from handlers.h5 import claim as h5
from handlers.h5 import commitments as h5_commitments
from handlers.h5 import pages as static_pages
from handlers.miniprogram import credit as mp_credit
from handlers.miniprogram import objections as credit_objection
from handlers.miniprogram import points as mp_points
from handlers.miniprogram import rewards as mp_rewards
from handlers.miniprogram import surveys as mp_surveys
from handlers.miniprogram import typical_cases as mp_cases
from handlers.miniprogram import views as mp
from handlers.staff_api import commitments as cm
from handlers.staff_api import console as home
from handlers.staff_api import credit as cr
from handlers.staff_api import grid as grd
from handlers.staff_api import guard as admin
from handlers.staff_api import openapi as admin_openapi
from handlers.staff_api import points as pts
from handlers.staff_api import reports as rep
from handlers.staff_api import rewards as rew
from handlers.staff_api import surveys as srv
from handlers.staff_api import typical_cases as st_cases
from handlers.wechat import callback as wechat
from handlers.wechat import pay_notify
from kernel.actors import ROLES
from reports.lifecycle import MOVES

ANY_STAFF = ROLES
CASEWORK = ("intake", "investigator", "head")
CASE = r"/admin/api/reports/{id:\d+}"
HANDLERS = ("investigator", "head")  # the case's handler or a head (checked per case by the service)
REWARD = r"/admin/api/rewards/{reward_id:\d+}"
REWARD_STAFF = ("investigator", "head", "finance")
CREDIT = ("credit_officer", "head")  # and of the region concerned: checked by the credit services
RUN = r"/admin/api/credit/runs/{id:\d+}"
POINTS = "/admin/api/credit/practitioners/{code}/points"
GRID_STAFF = ("intake", "investigator", "head")  # grid clerks; the region is checked by the services
GRID = "/admin/api/grids/{code}"
SUPERVISOR = r"/admin/api/supervisors/{id:\d+}"
FINDING = r"/admin/api/findings/{id:\d+}"
COMMIT = "/admin/api/commitments"
CAMPAIGN = r"/admin/api/commitments/campaigns/{id:\d+}"


def staff(
    app: web.Application, method: str, path: str, handler: admin.StaffHandler, roles: tuple[str, ...]
) -> None:
    app.router.add_route(method, path, admin.guarded(handler, roles=roles))


def setup_routes(app: web.Application) -> None:
    # WeChat
    app.router.add_get("/wechat", wechat.verify_url)
    app.router.add_post("/wechat", wechat.receive)
    # WeChat Pay transfer results, at the path of WECHATPAY_NOTIFY_URL (signed; see pay_notify)
    app.router.add_post(urlsplit(app[keys.SETTINGS].wechatpay_notify_url).path, pay_notify.receive)
    # Mini-program (/api/v1; "auth" = Authorization: Bearer <token> from /login; receipts open reports alone)
    app.router.add_post("/api/v1/login", mp.login)
    app.router.add_get("/api/v1/report-categories", mp.report_categories)
    app.router.add_post("/api/v1/attachments", mp.upload_attachment)  # auth
    app.router.add_post("/api/v1/reports", mp.submit)  # auth
    app.router.add_get("/api/v1/reports/{receipt_code}", mp.report_by_receipt)
    app.router.add_post("/api/v1/reports/{receipt_code}/messages", mp.post_message)
    app.router.add_post("/api/v1/reports/{receipt_code}/evidence", mp.post_evidence)  # auth
    app.router.add_get("/api/v1/rewards", mp_rewards.my_rewards)  # auth
    app.router.add_get("/api/v1/reports/{receipt_code}/reward", mp_rewards.reward_by_receipt)
    app.router.add_post("/api/v1/reports/{receipt_code}/reward/claim", mp_rewards.claim_reward)  # auth
    app.router.add_post("/api/v1/reports/{receipt_code}/reward/decline", mp_rewards.decline_reward)  # auth
    app.router.add_post("/api/v1/reports/{receipt_code}/reward/transfer", mp_rewards.transfer_reward)  # auth
    app.router.add_get("/api/v1/openapi.json", mp.openapi_document)
    app.router.add_get("/api/v1/pharmacies", mp_credit.pharmacies)  # ?q= | ?lat=&lng=&radius_m=; public
    app.router.add_get("/api/v1/institutions/{code}/credit", mp_credit.institution_credit)  # public
    # 满意度评价: the questionnaire (public) and an answer with the client's idempotency key (auth)
    app.router.add_get("/api/v1/institutions/{code}/survey", mp_surveys.survey_of)
    app.router.add_post("/api/v1/institutions/{code}/survey/responses", mp_surveys.answer)  # auth
    # The handling questionnaire of a report, with its receipt (named or anonymous), once informed
    app.router.add_get("/api/v1/reports/{receipt_code}/survey", mp_surveys.handling_survey)
    app.router.add_post("/api/v1/reports/{receipt_code}/survey", mp_surveys.answer_handling)
    # An institution objects to its published credit grade with the code on its notice (and the H5 form)
    app.router.add_post("/api/v1/institutions/{code}/credit/objections", credit_objection.submit)
    app.router.add_get("/api/v1/institutions/{code}/credit/objections", credit_objection.status)
    app.router.add_get("/api/v1/typical-cases", mp_cases.cases)  # public
    app.router.add_get("/api/v1/typical-cases/{id}", mp_cases.one_case)  # public; a non-number is 404 JSON
    app.router.add_get("/h5/credit/objection", credit_objection.form)
    app.router.add_get("/h5/typical-cases", mp_cases.page)
    # A practitioner reads their points and asks for a review (X-Access-Code: the code on the points notice)
    app.router.add_get("/h5/credit/points", static_pages.static_page("practitioner_points.html"))
    app.router.add_get("/api/v1/practitioners/{code}/points", mp_points.my_points)
    app.router.add_post("/api/v1/practitioners/{code}/points/reviews", mp_points.request_review)
    # Staff (/admin/api; Authorization: Bearer <token> from /login). Each route names the roles that may
    # call it; admin.guarded resolves the session to an Actor and refuses anyone else (403, audited).
    # The region of the report, and "assigned handler only", are checked by the reports services.
    app.router.add_post("/admin/api/login", admin.public(admin.login))
    staff(app, "POST", "/admin/api/logout", admin.logout, ANY_STAFF)
    staff(app, "GET", "/admin/api/me", admin.me, ANY_STAFF)
    staff(app, "GET", "/admin/api/openapi.json", admin_openapi.openapi_document, ANY_STAFF)
    staff(app, "GET", "/admin/api/dashboard", home.home, ANY_STAFF)  # each section for the roles it concerns
    staff(app, "GET", "/admin/api/reports", rep.queue, CASEWORK)
    staff(app, "POST", "/admin/api/reports", rep.enter, ("intake", "head"))  # phone, walk-in, mail
    staff(app, "GET", "/admin/api/reports/choices", rep.choices, CASEWORK)  # allowed values of each move
    staff(app, "GET", "/admin/api/staff/assignable", rep.assignable, CASEWORK)  # the staff picker
    staff(app, "GET", CASE, rep.case, CASEWORK)
    staff(app, "GET", rf"{CASE}/evidence/{{evidence_id:\d+}}", home.evidence, CASEWORK)  # each view audited
    staff(app, "POST", f"{CASE}/identity", rep.identity, ("investigator", "head"))
    # Evidence pictures as stored (no EXIF); the original as received, with a purpose, audited.
    staff(app, "GET", rf"{CASE}/evidence/{{eid:\d+}}", rep.evidence, HANDLERS)
    staff(app, "POST", rf"{CASE}/evidence/{{eid:\d+}}/original", rep.evidence_original, HANDLERS)
    staff(app, "POST", f"{CASE}/accept", rep.accept, MOVES["accept"].roles)
    staff(app, "POST", f"{CASE}/not-accept", rep.not_accept, MOVES["not_accept"].roles)
    staff(app, "POST", f"{CASE}/assign", rep.assign, MOVES["assign"].roles)
    staff(app, "POST", f"{CASE}/start", rep.start, MOVES["start"].roles)
    staff(app, "POST", f"{CASE}/extend", rep.extend, MOVES["extend"].roles)
    staff(app, "POST", f"{CASE}/conclude", rep.conclude, MOVES["conclude"].roles)
    staff(app, "POST", f"{CASE}/inform", rep.inform, MOVES["inform"].roles)
    staff(app, "POST", f"{CASE}/referrals", rep.refer, MOVES["refer"].roles)
    # Typical cases: drafted by handlers or heads, published and withdrawn by heads (regions in the service).
    staff(app, "GET", "/admin/api/typical-cases", st_cases.list_cases, ("investigator", "head"))
    staff(app, "POST", "/admin/api/typical-cases", st_cases.draft, ("investigator", "head"))
    staff(app, "POST", r"/admin/api/typical-cases/{id:\d+}/publish", st_cases.publish, ("head",))
    staff(app, "POST", r"/admin/api/typical-cases/{id:\d+}/withdraw", st_cases.withdraw, ("head",))
    staff(app, "POST", f"{CASE}/messages", rep.message, CASEWORK)
    staff(app, "GET", "/admin/api/deadlines", rep.deadlines, CASEWORK)
    staff(app, "GET", "/admin/api/ledger.csv", rep.ledger_csv, ("intake", "head"))
    staff(app, "GET", "/admin/api/ledger.xlsx", rep.ledger_xlsx, ("intake", "head"))
    # Rewards: proposed by the handler or a head, approved by another head, paid offline by finance.
    staff(app, "POST", "/admin/api/rewards/quote", rew.quote, REWARD_STAFF)
    staff(app, "POST", f"{CASE}/reward", rew.propose, ("investigator", "head"))
    staff(app, "GET", "/admin/api/rewards", rew.queue, REWARD_STAFF)
    staff(app, "GET", REWARD, rew.detail, REWARD_STAFF)
    staff(app, "POST", f"{REWARD}/approve", rew.approve, ("head",))
    staff(app, "POST", rf"{REWARD}/shares/{{seq:\d+}}/bank-transfer", rew.bank_transfer, ("finance",))
    staff(app, "POST", rf"{REWARD}/shares/{{seq:\d+}}/void-transfer", rew.void_transfer, ("finance", "head"))
    staff(app, "POST", rf"{REWARD}/shares/{{seq:\d+}}/payee", rew.payee, ("finance", "head"))
    staff(app, "POST", rf"{REWARD}/shares/{{seq:\d+}}/in-person-claim", rew.in_person_claim, ("finance",))
    # Credit: evaluations, events, objections, blacklist and repair.
    # 满意度评价: results, the held-out queue and its review (credit officers), the handling figure (heads)
    staff(app, "GET", "/admin/api/surveys/results", srv.results, CREDIT)
    staff(app, "GET", "/admin/api/surveys/held", srv.held, CREDIT)
    staff(app, "POST", r"/admin/api/surveys/responses/{id:\d+}/release", srv.release, CREDIT)
    staff(app, "POST", r"/admin/api/surveys/responses/{id:\d+}/reject", srv.reject, CREDIT)
    staff(app, "GET", "/admin/api/surveys/handling", srv.handling_figure, ("head",))
    staff(app, "GET", "/admin/api/credit/runs", cr.runs, CREDIT)
    staff(app, "POST", "/admin/api/credit/runs", cr.evaluate, CREDIT)
    staff(app, "GET", RUN, cr.run_detail, CREDIT)
    staff(app, "GET", f"{RUN}/grades/{{code}}", cr.explain, CREDIT)
    staff(app, "GET", f"{RUN}/diff", cr.diff, CREDIT)  # ?against=OTHER: who changed grade and why
    staff(app, "GET", r"/admin/api/tasks/{id:\d+}", home.task, ANY_STAFF)  # a long operation's progress
    # 留言 (suggestions): read, answer (sent to the citizen in WeChat by a job), close
    staff(app, "GET", "/admin/api/suggestions", home.suggestions, INBOX_ROLES)
    staff(app, "GET", r"/admin/api/suggestions/{id:\d+}", home.suggestion, INBOX_ROLES)
    staff(app, "POST", r"/admin/api/suggestions/{id:\d+}/reply", home.suggestion_reply, INBOX_ROLES)
    staff(app, "POST", r"/admin/api/suggestions/{id:\d+}/close", home.suggestion_close, INBOX_ROLES)
    # Administration: accounts of the admin's regions, and the audit log with the chain's state
    staff(app, "GET", "/admin/api/accounts", home.accounts, ("admin",))
    staff(app, "POST", "/admin/api/accounts", home.add_account, ("admin",))
    staff(app, "POST", r"/admin/api/accounts/{id:\d+}", home.change_account, ("admin",))
    staff(app, "POST", r"/admin/api/accounts/{id:\d+}/reset-password", home.reset_password, ("admin",))
    staff(app, "GET", "/admin/api/audit", home.audit_log, ("admin",))
    # Registry CSV imports run as tasks (202 + the task; every bad row listed on it)
    staff(
        app, "POST", "/admin/api/registry/institutions/import", home.registry_import("institutions"), CREDIT
    )
    staff(
        app, "POST", "/admin/api/registry/practitioners/import", home.registry_import("practitioners"), CREDIT
    )
    staff(app, "POST", f"{RUN}/publish", cr.publish, CREDIT)
    staff(app, "POST", f"{RUN}/notices", cr.notices, CREDIT)
    staff(app, "GET", "/admin/api/credit/events", cr.list_events, CREDIT)
    staff(app, "POST", "/admin/api/credit/events", cr.record_event, CREDIT)
    staff(app, "POST", "/admin/api/credit/events/import", cr.import_events, CREDIT)
    staff(app, "POST", r"/admin/api/credit/events/{id:\d+}/withdraw", cr.withdraw_event, CREDIT)
    staff(app, "GET", "/admin/api/credit/objections", cr.objection_queue, CREDIT)
    staff(app, "POST", r"/admin/api/credit/objections/{id:\d+}/answer", cr.answer_objection, CREDIT)
    staff(app, "GET", "/admin/api/credit/blacklist", cr.listings, CREDIT)
    staff(app, "POST", "/admin/api/credit/blacklist", cr.add_listing, CREDIT)
    staff(app, "POST", r"/admin/api/credit/blacklist/{id:\d+}/repairs", cr.request_repair, CREDIT)
    staff(app, "GET", "/admin/api/credit/repairs", cr.repair_queue, CREDIT)
    staff(app, "POST", r"/admin/api/credit/repairs/{id:\d+}/decide", cr.decide_repair, CREDIT)
    # Practitioner points: standing, recording, the access code for the notice, withdrawal, reviews.
    staff(app, "GET", POINTS, pts.standing, CREDIT)
    staff(app, "POST", POINTS, pts.record, CREDIT)
    staff(app, "POST", f"{POINTS}/access-code", pts.access_code, CREDIT)
    staff(app, "POST", r"/admin/api/credit/points/{id:\d+}/withdraw", pts.withdraw, CREDIT)
    staff(app, "GET", "/admin/api/credit/point-reviews", pts.review_queue, CREDIT)
    staff(app, "POST", r"/admin/api/credit/point-reviews/{id:\d+}/answer", pts.answer_review, CREDIT)
    # Grid supervision: grids and their staff, supervisors (applications, appointment, exit).
    staff(app, "GET", "/admin/api/grids", grd.grids, GRID_STAFF)
    staff(app, "GET", "/admin/api/grids/locate", grd.locate, GRID_STAFF)
    staff(app, "GET", "/admin/api/grids/figures", grd.grid_figures, GRID_STAFF)
    staff(app, "GET", GRID, grd.grid_detail, GRID_STAFF)
    staff(app, "POST", f"{GRID}/staff", grd.assign_staff, ("head", "admin"))
    staff(app, "DELETE", rf"{GRID}/staff/{{staff_id:\d+}}", grd.unassign_staff, ("head", "admin"))
    staff(app, "GET", "/admin/api/supervisors", grd.supervisor_list, GRID_STAFF)
    staff(app, "GET", f"{SUPERVISOR}/identity", grd.supervisor_identity, ("head",))
    staff(app, "GET", f"{SUPERVISOR}/assessment", grd.supervisor_assessment, GRID_STAFF)
    staff(app, "POST", f"{SUPERVISOR}/approve", grd.approve, ("head",))
    staff(app, "POST", f"{SUPERVISOR}/grids", grd.set_grids, ("head",))
    staff(app, "POST", rf"{SUPERVISOR}/{{move:reject|suspend|reinstate|exit}}", grd.decide, ("head",))
    staff(app, "GET", "/admin/api/findings", grd.finding_queue, GRID_STAFF)
    staff(app, "POST", rf"{FINDING}/open-case", grd.finding_open_case, GRID_STAFF)
    staff(app, "POST", rf"{FINDING}/merge", grd.finding_merge, GRID_STAFF)
    staff(app, "POST", rf"{FINDING}/close", grd.finding_close, GRID_STAFF)
    staff(app, "GET", "/admin/api/grid-tasks", grd.task_list, GRID_STAFF)
    staff(app, "POST", "/admin/api/grid-tasks", grd.task_create, ("investigator", "head"))
    staff(app, "POST", "/admin/api/grid-tasks/sample", grd.task_sample, ("investigator", "head"))
    app.router.add_get("/h5/grid/certificates/{token}", grid_card.card)  # public: the card's QR
    # Commitment letters: templates, campaigns and their rosters, coverage, reminders, voiding.
    staff(app, "GET", f"{COMMIT}/templates", cm.list_templates, cm.ROLES)
    staff(app, "POST", f"{COMMIT}/templates", cm.create_template, cm.ROLES)
    staff(app, "POST", rf"{COMMIT}/templates/{{id:\d+}}/publish", cm.publish_template, cm.ROLES)
    staff(app, "POST", f"{COMMIT}/campaigns", cm.open_campaign, cm.ROLES)
    staff(app, "POST", f"{CAMPAIGN}/roster", cm.import_roster, cm.ROLES)  # CSV body
    staff(app, "POST", f"{CAMPAIGN}/roster/from-registry", cm.roster_from_registry, cm.ROLES)
    staff(app, "GET", f"{CAMPAIGN}/coverage", cm.coverage, cm.ROLES)
    staff(app, "GET", f"{CAMPAIGN}/non-signers", cm.non_signers, cm.ROLES)
    staff(app, "GET", f"{CAMPAIGN}/non-signers.xlsx", cm.non_signers_xlsx, cm.ROLES)
    staff(app, "POST", f"{CAMPAIGN}/reminders", cm.send_reminders, cm.ROLES)
    staff(app, "POST", f"{COMMIT}/enterprises/import", cm.import_enterprises, cm.ROLES)  # CSV, ?region=
    staff(app, "POST", f"{COMMIT}/identities/import", cm.import_identities, cm.ROLES)  # CSV, ?region=
    staff(app, "POST", rf"{COMMIT}/signatures/{{code:[0-9a-f]{{16}}}}/void", cm.void_signature, cm.ROLES)
    staff(app, "POST", rf"{COMMIT}/roster/{{id:\d+}}/unbind", cm.unbind, cm.ROLES)
    # The staff console (/admin/: pages over the same services; cookie session, CSRF; see handlers.console)
    setup_console(app)
    # H5 pages in the official account (OAuth sign-in, a sealed cookie; see handlers.h5.claim)
    h5.setup_h5(app)
    # Commitment letters: the signing page (same sign-in) and the public verification page of the QR code
    h5_commitments.setup_commitments(app)
    # Operations
    app.router.add_get("/healthz", ops.healthz)
    app.router.add_get("/readyz", ops.readyz)
    app.router.add_get("/metrics", ops.metrics)
