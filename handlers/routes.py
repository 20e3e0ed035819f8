"""The route table, one block per face."""

from __future__ import annotations

from urllib.parse import urlsplit

from aiohttp import web

from handlers import keys, ops
from handlers.h5 import claim as h5
from handlers.h5 import pages as static_pages
from handlers.miniprogram import credit as mp_credit
from handlers.miniprogram import objections as credit_objection
from handlers.miniprogram import points as mp_points
from handlers.miniprogram import rewards as mp_rewards
from handlers.miniprogram import views as mp
from handlers.staff_api import credit as cr
from handlers.staff_api import guard as admin
from handlers.staff_api import points as pts
from handlers.staff_api import reports as rep
from handlers.staff_api import rewards as rew
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
    app.router.add_get("/api/v1/rewards", mp_rewards.my_rewards)  # auth
    app.router.add_get("/api/v1/reports/{receipt_code}/reward", mp_rewards.reward_by_receipt)
    app.router.add_post("/api/v1/reports/{receipt_code}/reward/claim", mp_rewards.claim_reward)  # auth
    app.router.add_post("/api/v1/reports/{receipt_code}/reward/decline", mp_rewards.decline_reward)  # auth
    app.router.add_post("/api/v1/reports/{receipt_code}/reward/transfer", mp_rewards.transfer_reward)  # auth
    app.router.add_get("/api/v1/openapi.json", mp.openapi_document)
    app.router.add_get("/api/v1/pharmacies", mp_credit.pharmacies)  # ?q= | ?lat=&lng=&radius_m=; public
    app.router.add_get("/api/v1/institutions/{code}/credit", mp_credit.institution_credit)  # public
    # An institution objects to its published credit grade with the code on its notice (and the H5 form)
    app.router.add_post("/api/v1/institutions/{code}/credit/objections", credit_objection.submit)
    app.router.add_get("/h5/credit/objection", credit_objection.form)
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
    staff(app, "GET", "/admin/api/reports", rep.queue, CASEWORK)
    staff(app, "POST", "/admin/api/reports", rep.enter, ("intake", "head"))  # phone, walk-in, mail
    staff(app, "GET", CASE, rep.case, CASEWORK)
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
    staff(app, "GET", "/admin/api/credit/runs", cr.runs, CREDIT)
    staff(app, "POST", "/admin/api/credit/runs", cr.evaluate, CREDIT)
    staff(app, "GET", RUN, cr.run_detail, CREDIT)
    staff(app, "GET", f"{RUN}/grades/{{code}}", cr.explain, CREDIT)
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
    # H5 pages in the official account (OAuth sign-in, a sealed cookie; see handlers.h5.claim)
    h5.setup_h5(app)
    # Operations
    app.router.add_get("/healthz", ops.healthz)
    app.router.add_get("/readyz", ops.readyz)
    app.router.add_get("/metrics", ops.metrics)
