"""The broker, set once for the whole process before any actor is declared.

`amqp://…` in NEARMISS_BROKER_URL selects RabbitMQ with publisher confirms (a send returns only once RabbitMQ
has the message; queues are durable and messages persistent). Anything else selects dramatiq's StubBroker,
which `nearmiss serve` drains with in-process worker threads: the embedded default needs no server.
"""

from __future__ import annotations

import dramatiq
from dramatiq.brokers.stub import StubBroker
from dramatiq.middleware import Retries

from pipeline.middleware import FlagForOperatorWhenRetriesExhausted, IdsOnlyMessages
from pipeline.settings import get_settings


def _make_broker() -> dramatiq.Broker:
    settings = get_settings()
    if settings.uses_rabbitmq:
        from dramatiq.brokers.rabbitmq import RabbitmqBroker

        return RabbitmqBroker(url=settings.broker_url, confirm_delivery=True)
    stub = StubBroker()
    stub.emit_after("process_boot")
    return stub


broker: dramatiq.Broker = _make_broker()
broker.add_middleware(IdsOnlyMessages())
broker.add_middleware(FlagForOperatorWhenRetriesExhausted(), before=Retries)
dramatiq.set_broker(broker)
