"""The conversation graph: understand each turn, route it to one step, answer, and pause for humans."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime

from assistant.context import Deps
from assistant.grounding.lexicon import load_vocabulary
from assistant.state import ConversationState
from assistant.steps.account_facts import account_facts
from assistant.steps.address_in_flow import keep_the_address
from assistant.steps.after_write import confirm_written
from assistant.steps.chit_chat import chit_chat
from assistant.steps.complaint import complaint
from assistant.steps.confirm import confirm
from assistant.steps.desk_said import answer_desk_said
from assistant.steps.handoff import after_agent_event, await_agent, escalate
from assistant.steps.identity import verify_identity
from assistant.steps.language_switch import switch_language
from assistant.steps.meta_follow_up import meta_follow_up
from assistant.steps.next_after_write import answer_next_step
from assistant.steps.next_request import after_next_request, after_step, next_request
from assistant.steps.nothing_to_pay import say_nothing_to_pay
from assistant.steps.open_question import drop_topic
from assistant.steps.option_after_refusal import refuse_the_option
from assistant.steps.orders import order_service
from assistant.steps.other_account import refuse_other_account
from assistant.steps.photo_refused import ask_for_a_readable_photo
from assistant.steps.product_qa import product_qa
from assistant.steps.profile_address import change_default_address
from assistant.steps.recommend import recommend
from assistant.steps.remedy_instead import propose_money_back
from assistant.steps.respond import respond
from assistant.steps.routing import after_identity, after_respond, after_understanding
from assistant.steps.shop_policy import answer_policy_question
from assistant.steps.side_questions import answer_side_questions
from assistant.steps.ticket_facts import answer_ticket_facts
from assistant.steps.understand import understand

FLOW_STEPS: dict[str, Any] = {"identity": verify_identity, "orders": order_service, "complaint": complaint,
              "profile_address": change_default_address, "product_qa": product_qa, "recommend": recommend,
              "confirm": confirm, "escalate": escalate, "chit_chat": chit_chat, "drop_topic": drop_topic,
              "account_facts": account_facts, "meta_follow_up": meta_follow_up,
              "write_confirmed": confirm_written, "next_step": answer_next_step, "desk_said": answer_desk_said,
              "shop_policy": answer_policy_question, "language_switch": switch_language,
              "other_account": refuse_other_account, "photo_refused": ask_for_a_readable_photo,
              "nothing_to_pay": say_nothing_to_pay, "refused_option": refuse_the_option,
              "ticket_facts": answer_ticket_facts, "remedy_instead": propose_money_back}


def keeping_the_address(step: Callable[..., Awaitable[dict[str, Any]]]) -> Callable[..., Awaitable[dict[str, Any]]]:
    """A step whose new item-change proposal keeps, in front of it, the new shipping address said with it or proposed
    before it (`address_in_flow`)."""
    async def kept(state: ConversationState, runtime: Runtime[Deps]) -> dict[str, Any]:
        update = await step(state, runtime)
        return keep_the_address(state, update) if isinstance(update, dict) else update

    kept.__name__ = step.__name__
    return kept


def on_the_loop(route: Callable[[ConversationState], str]) -> Callable[[ConversationState], Awaitable[str]]:
    """An edge's routing function run on the event loop. LangGraph runs a plain function in a worker thread;
    the routes are pure and take microseconds, less than the thread hop (and its GIL hand-off) around them."""
    async def routed(state: ConversationState) -> str:
        return route(state)

    routed.__name__ = route.__name__
    return routed


def build_graph() -> StateGraph[ConversationState, Deps, Any, Any]:
    load_vocabulary()
    graph = StateGraph(ConversationState, context_schema=Deps)
    graph.add_node("understand", understand)
    for name, step in FLOW_STEPS.items():
        graph.add_node(name, keeping_the_address(step) if name in ("orders", "confirm") else step)
    graph.add_node("next_request", next_request)
    graph.add_node("side_questions", answer_side_questions)
    graph.add_node("respond", respond)
    graph.add_node("await_agent", await_agent)

    graph.add_edge(START, "understand")
    graph.add_conditional_edges("understand", on_the_loop(after_understanding), list(FLOW_STEPS))
    graph.add_conditional_edges("identity", on_the_loop(after_identity),
                                ["orders", "complaint", "profile_address", "account_facts", "escalate", "respond"])
    for name in FLOW_STEPS.keys() - {"identity"}:  # requests said beside this one wait their turn (request_queue)
        graph.add_conditional_edges(name, on_the_loop(after_step), ["side_questions", "next_request", "respond"])
    graph.add_conditional_edges("side_questions", on_the_loop(after_step), ["next_request", "respond"])
    graph.add_conditional_edges("next_request", on_the_loop(after_next_request), [*FLOW_STEPS, "respond"])
    graph.add_conditional_edges("respond", on_the_loop(after_respond), {"await_agent": "await_agent", "end": END})
    graph.add_conditional_edges("await_agent", on_the_loop(after_agent_event), ["respond", "await_agent", "understand"])
    return graph
