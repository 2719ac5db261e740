"""sms channel state

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21 14:16:09.223641
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sms_contact',
    sa.Column('sender_hash', sa.String(length=64), nullable=False),
    sa.Column('lang', sa.String(length=8), nullable=True),
    sa.Column('opted_out', sa.Boolean(), nullable=False),
    sa.Column('last_seen', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('sender_hash')
    )
    op.create_table('sms_message',
    sa.Column('sid_hash', sa.String(length=64), nullable=False),
    sa.Column('sender_hash', sa.String(length=64), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('reply', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('sid_hash')
    )
    with op.batch_alter_table('sms_message', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sms_message_received_at'), ['received_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_sms_message_sender_hash'), ['sender_hash'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('sms_message', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sms_message_sender_hash'))
        batch_op.drop_index(batch_op.f('ix_sms_message_received_at'))

    op.drop_table('sms_message')
    op.drop_table('sms_contact')
